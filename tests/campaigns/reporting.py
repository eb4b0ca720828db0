"""Reading the admin's campaign reports as an editor would: the tables on the page and the
CSV and XLSX exports."""

import csv
import io
import re

import openpyxl
from bs4 import BeautifulSoup

from tests.html import content_of


def report_url(campaign, export=""):
    return f"/admin/campaigns/reports/{campaign.pk}/" + (f"?export={export}" if export else "")


def number(text):
    """«40,000 kr», «40 000 kr», «70» → 40000, 70; «–» or «» → None."""
    digits = re.sub(r"[^\d.]", "", text.replace("\xa0", "")).rstrip(".")
    if not digits:
        return None
    return float(digits) if "." in digits else int(digits)


def table_after(response, heading):
    """Rows of the table that follows an h2 with this text: {row heading: [numbers]}."""
    soup = BeautifulSoup(content_of(response), "html.parser")
    title = soup.find("h2", string=heading)
    assert title is not None, f"no heading «{heading}»"
    table = title.find_next("table")
    rows = {}
    for row in table.select("tbody tr"):
        name = row.find("th").get_text(" ", strip=True)
        rows[name] = [number(cell.get_text(" ", strip=True)) for cell in row.find_all("td")]
    return rows


def daily_table(response):
    """The numbers of the daily table, one list per day in date order."""
    soup = BeautifulSoup(content_of(response), "html.parser")
    table = soup.select_one(".campaign-report__table table")
    return [
        [number(cell.get_text(strip=True)) for cell in row.find_all("td")]
        for row in table.select("tbody tr")
    ]


def csv_rows(response):
    text = content_of(response).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def xlsx_book(response):
    return openpyxl.load_workbook(io.BytesIO(content_of(response)))


def xlsx_rows(response, sheet=None):
    """The rows of one sheet, by its name (the first sheet without one)."""
    book = xlsx_book(response)
    worksheet = book[sheet] if sheet else book.worksheets[0]
    return [list(row) for row in worksheet.iter_rows(values_only=True)]
