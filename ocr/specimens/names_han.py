"""Han Chinese name material: common surnames (some two-character) and given-name characters."""

from __future__ import annotations

SURNAMES: tuple[str, ...] = (
    *(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蒋蔡余杜叶程魏吕丁沈任姚"
        "卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严武莫孔"
    ),
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "慕容",
)

GIVEN_MALE: tuple[str, ...] = tuple(
    "伟强磊军勇杰涛明超斌鹏辉华飞刚平建国志文浩宇俊峰海波龙东林博子轩晨天泽宏德新春永成振家嘉亮毅鑫凯立思远一金荣安宁"
)

GIVEN_FEMALE: tuple[str, ...] = tuple(
    "芳娜敏静丽艳娟霞燕玲婷雪慧颖琳欣怡佳梅兰红萍晶洁倩雨涵萱诗梦月秀英桂凤琴云丹璐媛晓思雅文小玉宁安"
)
