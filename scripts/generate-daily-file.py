"""Writes a daily CSV file of ROWS distinct tallies for the import benchmarks.

3,024 keys a day from 2020-01-01 (12 Border Patrol sectors x 4 demographics x 21 citizenships, the quoted
"CHINA, PEOPLES REPUBLIC OF" among them, x 3 encounter types), CRLF line ends. With SHIFT, every count is SHIFT
more: the same keys in the same order, each revised, as a file of revised figures is (the first ROWS keys of any
larger file, since the keys and counts follow from the row's place alone).

Usage: python3 generate-daily-file.py PATH ROWS [SHIFT]
"""
import datetime
import sys

AREAS = ["SDC", "ELC", "YUM", "TCA", "EPT", "BBT", "DRT", "LRT", "RGV", "MIP", "NLL", "RMY"]
DEMOGRAPHICS = ["SINGLE_ADULTS", "FMUA", "UC_SINGLE_MINORS", "ACCOMPANIED_MINORS"]
CITIZENSHIPS = ["BRAZIL", "CANADA", '"CHINA, PEOPLES REPUBLIC OF"', "COLOMBIA", "CUBA", "ECUADOR", "EL SALVADOR",
                "GUATEMALA", "HAITI", "HONDURAS", "INDIA", "MEXICO", "MYANMAR (BURMA)", "NICARAGUA", "OTHER", "PERU",
                "ROMANIA", "RUSSIA", "TURKEY", "UKRAINE", "VENEZUELA"]
TYPES = ["APPREHENSIONS", "INADMISSIBLES", "EXPULSIONS"]


def write(path, rows, shift=0):
    first = datetime.date(2020, 1, 1)
    with open(path, "w", newline="") as out:
        out.write("date,component,area,demographic,citizenship,encounter_type,count\r\n")
        n = 0
        day = 0
        while n < rows:
            date = (first + datetime.timedelta(days=day)).isoformat()
            for a in AREAS:
                for d in DEMOGRAPHICS:
                    for c in CITIZENSHIPS:
                        for t in TYPES:
                            if n == rows:
                                return
                            out.write(f"{date},USBP,{a},{d},{c},{t},{(n * 7919) % 97 + shift}\r\n")
                            n += 1
            day += 1


if __name__ == "__main__":
    write(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 0)
