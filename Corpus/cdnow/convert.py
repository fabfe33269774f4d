#!/usr/bin/env python3
"""Converts the CDNOW sample purchase log, as the lifetimes wheel ships it, to Conteur's events contract.

Usage: python3 convert.py Lifetimes-0.11.3-py3-none-any.whl > events.csv

Each source line is `customer sample_id yyyymmdd cds dollars`; each output row is one purchase:
account (the customer's number as published), time (ISO date), count (CDs bought), value (US dollars).
Rows keep the source's order; nothing is sampled, dropped or changed.
"""
import csv
import sys
import zipfile

SOURCE = "lifetimes/datasets/CDNOW_sample.txt"


def main(wheel):
    with zipfile.ZipFile(wheel) as archive:
        lines = archive.read(SOURCE).decode("ascii").splitlines()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["account", "time", "count", "value"])
    for line in lines:
        customer, _sample_id, day, cds, dollars = line.split()
        out.writerow([customer, f"{day[:4]}-{day[4:6]}-{day[6:]}", int(cds), dollars])


if __name__ == "__main__":
    main(sys.argv[1])
