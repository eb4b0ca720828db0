from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from partners import services
from partners.access import own_or_404, partner_admin_required, partner_required
from partners.forms import InvitationAcceptForm, InvitationForm
from partners.models import PartnerInvitation, PartnerMembership
from portal.ratelimit import limit_exceeded, too_many_requests


@require_GET
@partner_required
def people(request):
    organisation = request.organisation
    context = {
        "members": PartnerMembership.objects.filter(organisation=organisation)
        .select_related("user")
        .order_by("user__first_name", "user__username"),
        "invitations": [
            invitation
            for invitation in PartnerInvitation.objects.filter(
                organisation=organisation, accepted_at__isnull=True
            )
            if invitation.is_usable
        ],
        "form": InvitationForm(organisation=organisation),
    }
    return TemplateResponse(request, "partners/people.html", context)


@require_http_methods(["GET", "POST"])
@partner_admin_required
def invite(request):
    form = InvitationForm(request.POST or None, organisation=request.organisation)
    if request.method == "POST" and form.is_valid():
        if retry_after := limit_exceeded("invitation", request.user.pk):
            return too_many_requests(request, retry_after)
        services.invitation_send(
            organisation=request.organisation,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            invited_by=request.user,
        )
        messages.success(
            request,
            _("The invitation is on its way to %(email)s. The link works for seven days.")
            % {"email": form.cleaned_data["email"]},
        )
        return redirect("partners:people")
    status = 400 if form.is_bound else 200
    return TemplateResponse(request, "partners/invite.html", {"form": form}, status=status)


@require_POST
@partner_admin_required
def member_remove(request, pk):
    membership = own_or_404(
        PartnerMembership.objects.filter(organisation=request.organisation).select_related("user"),
        pk=pk,
    )
    if membership.user_id == request.user.pk:
        messages.error(request, _("You cannot remove yourself."))
    else:
        services.member_remove(membership=membership)
        messages.success(
            request,
            _("%(name)s no longer has access.")
            % {"name": membership.user.get_full_name() or membership.user.username},
        )
    return redirect("partners:people")


@require_POST
@partner_admin_required
def invitation_revoke(request, pk):
    invitation = own_or_404(
        PartnerInvitation.objects.filter(organisation=request.organisation, accepted_at=None),
        pk=pk,
    )
    invitation.delete()
    messages.success(request, _("The invitation is withdrawn."))
    return redirect("partners:people")


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token):
    invitation = services.invitation_for_token(token)
    if invitation is None:
        return TemplateResponse(request, "partners/invitation_invalid.html", status=404)
    if request.user.is_authenticated:
        return TemplateResponse(
            request, "partners/invitation_logged_in.html", {"invitation": invitation}
        )
    form = InvitationAcceptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.invitation_accept(
            invitation=invitation,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password1"],
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
        )
        if user is None:
            raise Http404
        messages.success(request, _("Welcome! Log in with your new username and password."))
        return redirect("partners:login")
    status = 400 if form.is_bound else 200
    return TemplateResponse(
        request,
        "partners/invitation_accept.html",
        {"invitation": invitation, "form": form},
        status=status,
    )
