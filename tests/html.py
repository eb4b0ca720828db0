"""Reading a response as a visitor does: the parsed page and the words of its main region."""

from bs4 import BeautifulSoup


def content_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def soup_of(response):
    return BeautifulSoup(content_of(response), "html.parser")


def text_of(response):
    """The words of the page's main region, in reading order."""
    return soup_of(response).find("main").get_text(" ", strip=True)


def page_text_of(response):
    """The words of the whole page, header and footer included."""
    return soup_of(response).get_text(" ", strip=True)
