"""Reading uploaded notes CSVs: files, encodings, columns, fields, languages, rejected rows."""
