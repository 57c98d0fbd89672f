"""The Qt-free core: question bank, answer sheets, scoring and storage. Data in, data out."""
