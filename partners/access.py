"""Who may do what in the partner area. Every object is looked up through the user's own
organisation, so another organisation's data answers 404 whatever the URL."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse

from partners.models import PartnerMembership


def membership_of(user):
    if not user.is_authenticated:
        return None
    return PartnerMembership.objects.select_related("organisation").filter(user=user).first()


def partner_required(view):
    """Logged in and a member of a partner organisation; `request.membership` is set."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), login_url=login_url())
        membership = membership_of(request.user)
        if membership is None:
            return TemplateResponse(request, "partners/not_a_partner.html", status=403)
        request.membership = membership
        request.organisation = membership.organisation
        request.partner_section = section_of(request)
        return view(request, *args, **kwargs)

    return wrapper


def partner_admin_required(view):
    """Only a partner admin: people and invitations."""

    @partner_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.membership.is_admin:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def login_url():
    from django.urls import reverse

    return reverse("partners:login")


def own_or_404(queryset, **lookup):
    obj = queryset.filter(**lookup).first()
    if obj is None:
        raise Http404
    return obj


def section_of(request):
    """Which tab of the partner bar a page belongs to."""
    name = getattr(request.resolver_match, "url_name", "") or ""
    if name.startswith("listing") or name == "dashboard":
        return "listings"
    if name in {"people", "invite"}:
        return "people"
    return "inquiries" if name.startswith("inquiries") else ""
