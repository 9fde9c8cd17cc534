"""Images in, structured reads out: MRZ, printed fields, portraits. Knows nothing of registries or Qt."""
