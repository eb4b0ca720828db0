from django.core.paginator import EmptyPage, PageNotAnInteger


def page_or_first(paginator, number):
    """The page asked for; the first page when the number is missing, not a number or too high."""
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)
