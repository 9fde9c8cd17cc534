"""Latin forms as passports print them: the Hanyu Pinyin of the Chinese characters used in names,
so printed pages and MRZs agree. (Cyrillic uses the reader's own ICAO table, ocr.viz.translit, so
the factory prints exactly what the reader checks against.)"""

from __future__ import annotations

# Pinyin (without tones) of every character the name tables use. One reading per character: the
# one names take.
PINYIN: dict[str, str] = {
    # Han surnames
    "王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG", "黄": "HUANG",
    "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN", "马": "MA", "朱": "ZHU",
    "胡": "HU", "郭": "GUO", "何": "HE", "高": "GAO", "林": "LIN", "罗": "LUO", "郑": "ZHENG",
    "梁": "LIANG", "谢": "XIE", "宋": "SONG", "唐": "TANG", "许": "XU", "韩": "HAN", "冯": "FENG",
    "邓": "DENG", "曹": "CAO", "彭": "PENG", "曾": "ZENG", "肖": "XIAO", "田": "TIAN", "董": "DONG",
    "潘": "PAN", "袁": "YUAN", "蒋": "JIANG", "蔡": "CAI", "余": "YU", "杜": "DU", "叶": "YE",
    "程": "CHENG", "魏": "WEI", "吕": "LYU", "丁": "DING", "沈": "SHEN", "任": "REN", "姚": "YAO",
    "卢": "LU", "傅": "FU", "钟": "ZHONG", "姜": "JIANG", "崔": "CUI", "谭": "TAN", "廖": "LIAO",
    "范": "FAN", "汪": "WANG", "陆": "LU", "金": "JIN", "石": "SHI", "戴": "DAI", "贾": "JIA",
    "韦": "WEI", "夏": "XIA", "邱": "QIU", "方": "FANG", "侯": "HOU", "邹": "ZOU", "熊": "XIONG",
    "孟": "MENG", "秦": "QIN", "白": "BAI", "江": "JIANG", "阎": "YAN", "薛": "XUE", "尹": "YIN",
    "段": "DUAN", "雷": "LEI", "黎": "LI", "史": "SHI", "龙": "LONG", "陶": "TAO", "贺": "HE",
    "顾": "GU", "毛": "MAO", "郝": "HAO", "龚": "GONG", "邵": "SHAO", "万": "WAN", "钱": "QIAN",
    "严": "YAN", "武": "WU", "莫": "MO", "孔": "KONG", "欧": "OU", "阳": "YANG", "司": "SI",
    "诸": "ZHU", "葛": "GE", "上": "SHANG", "官": "GUAN", "慕": "MU", "容": "RONG",
    # Han given-name characters
    "伟": "WEI", "强": "QIANG", "磊": "LEI", "军": "JUN", "勇": "YONG", "杰": "JIE", "涛": "TAO",
    "明": "MING", "超": "CHAO", "斌": "BIN", "鹏": "PENG", "辉": "HUI", "华": "HUA", "飞": "FEI",
    "刚": "GANG", "平": "PING", "建": "JIAN", "国": "GUO", "志": "ZHI", "文": "WEN", "浩": "HAO",
    "宇": "YU", "俊": "JUN", "峰": "FENG", "海": "HAI", "波": "BO", "东": "DONG", "博": "BO",
    "子": "ZI", "轩": "XUAN", "晨": "CHEN", "天": "TIAN", "泽": "ZE", "宏": "HONG", "德": "DE",
    "新": "XIN", "春": "CHUN", "永": "YONG", "成": "CHENG", "振": "ZHEN", "家": "JIA", "嘉": "JIA",
    "亮": "LIANG", "毅": "YI", "鑫": "XIN", "凯": "KAI", "立": "LI", "思": "SI", "远": "YUAN",
    "一": "YI", "荣": "RONG", "芳": "FANG", "娜": "NA", "敏": "MIN", "静": "JING", "丽": "LI",
    "艳": "YAN", "娟": "JUAN", "霞": "XIA", "燕": "YAN", "玲": "LING", "婷": "TING", "雪": "XUE",
    "慧": "HUI", "颖": "YING", "琳": "LIN", "欣": "XIN", "怡": "YI", "佳": "JIA", "梅": "MEI",
    "兰": "LAN", "红": "HONG", "萍": "PING", "晶": "JING", "洁": "JIE", "倩": "QIAN", "雨": "YU",
    "涵": "HAN", "萱": "XUAN", "诗": "SHI", "梦": "MENG", "月": "YUE", "秀": "XIU", "英": "YING",
    "桂": "GUI", "凤": "FENG", "琴": "QIN", "云": "YUN", "丹": "DAN", "璐": "LU", "媛": "YUAN",
    "晓": "XIAO", "雅": "YA", "小": "XIAO", "玉": "YU", "宁": "NING", "安": "AN",
    # characters of Kazakh and Uyghur names transcribed into Chinese
    "阿": "A", "不": "BU", "都": "DU", "热": "RE", "依": "YI", "木": "MU", "买": "MAI", "提": "TI",
    "努": "NU", "尔": "ER", "苏": "SU", "加": "JIA", "塞": "SAI", "勒": "LE", "拉": "LA",
    "特": "TE", "力": "LI", "格": "GE", "列": "LIE", "克": "KE", "斯": "SI", "别": "BIE",
    "奥": "AO", "哈": "HA", "萨": "SA", "吾": "WU", "玛": "MA", "古": "GU", "汗": "HAN", "艾": "AI",
    "合": "HE", "麦": "MAI", "吐": "TU", "逊": "XUN", "孜": "ZI", "巴": "BA", "图": "TU", "亚": "YA",
    "森": "SEN", "达": "DA", "吉": "JI", "肯": "KEN", "穆": "MU", "罕": "HAN", "默": "MO",
    "米": "MI", "尼": "NI", "沙": "SHA", "布": "BU", "里": "LI", "赛": "SAI", "来": "LAI",
    "曼": "MAN", "卡": "KA", "西": "XI", "迪": "DI", "库": "KU", "班": "BAN", "托": "TUO",
    "扎": "ZHA", "甫": "FU", "那": "NA", "塔": "TA", "道": "DAO", "多": "DUO", "铁": "TIE",
    "赖": "LAI", "瓦": "WA", "什": "SHI", "居": "JU", "如": "RU", "彦": "YAN", "乌": "WU",
    "因": "YIN", "娅": "YA", "拜": "BAI", "百": "BAI", "根": "GEN", "霍": "HUO",
    "素": "SU", "外": "WAI", "皮": "PI", "耶": "YE", "姆": "MU", "祖": "ZU", "日": "RI",
    "乃": "NAI", "维": "WEI", "帕": "PA", "伊": "YI", "恩": "EN", "纳": "NA",
    "汉": "HAN", "则": "ZE", "再": "ZAI", "坦": "TAN",
}  # fmt: skip


def pinyin(hanzi: str) -> str:
    """Upper-case Pinyin of a name as PRC passports print it: syllables run together, the middle
    dot of transcribed minority names becomes a space. Raises KeyError for a character not in the
    table (the tables are closed, so that is a bug)."""
    parts = []
    for word in hanzi.replace("·", " ").split():
        parts.append("".join(PINYIN[ch] for ch in word))
    return " ".join(parts)
