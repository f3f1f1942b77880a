#!/bin/sh
# SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
# SPDX-License-Identifier: EUPL-1.2
# Remakes the files in this folder with LibreOffice, as a Dutch data team's spreadsheet saves them:
# ";" as delimiter, every text quoted, in the encoding named by the folder. The source is
# bron-diensten.utf8.csv (pseudonymous services, no personal data). The test reads what LibreOffice
# wrote; nothing here was encoded by the toolkit. Character sets: 1 = Windows-1252,
# 12 = ISO-8859-1, 65535 = UTF-16 (little-endian, with a byte-order mark).
set -eu
cd "$(dirname "$0")"
for pair in windows-1252:1 iso-8859-1:12 utf-16:65535; do
  name=${pair%%:*}
  set=${pair#*:}
  soffice --headless --infilter='CSV:44,34,76,1' \
    --convert-to "csv:Text - txt - csv (StarCalc):59,34,$set,1" --outdir "$name" bron-diensten.utf8.csv
  mv "$name/bron-diensten.utf8.csv" "$name/diensten.csv"
done
