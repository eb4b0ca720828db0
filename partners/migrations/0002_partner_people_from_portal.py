# The partner memberships and invitations, taken over from the portal app with their tables
# (portal/migrations/0012 renamed them). Their content types move too, so that the editors'
# permissions on them and their history stay.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED = ('partnermembership', 'partnerinvitation')


def content_types_to_partners(apps, schema_editor):
    ContentType = apps.get_model('contenttypes', 'ContentType')
    for model in MOVED:
        if not ContentType.objects.filter(app_label='partners', model=model).exists():
            ContentType.objects.filter(app_label='portal', model=model).update(app_label='partners')


def content_types_to_portal(apps, schema_editor):
    ContentType = apps.get_model('contenttypes', 'ContentType')
    for model in MOVED:
        if not ContentType.objects.filter(app_label='portal', model=model).exists():
            ContentType.objects.filter(app_label='partners', model=model).update(app_label='portal')


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0001_initial'),
        ('portal', '0012_partner_people_move_to_partners'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PartnerMembership',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(choices=[('admin', 'Partner admin'), ('editor', 'Partner editor')], default='editor', max_length=10, verbose_name='role')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='memberships', to='portal.partnerorganisation', verbose_name='organisation')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='partner_membership', to=settings.AUTH_USER_MODEL, verbose_name='user')),
                    ],
                    options={
                        'verbose_name': 'partner membership',
                        'verbose_name_plural': 'partner memberships',
                    },
                ),
                migrations.CreateModel(
                    name='PartnerInvitation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('email', models.EmailField(max_length=254, verbose_name='e-mail')),
                        ('role', models.CharField(choices=[('admin', 'Partner admin'), ('editor', 'Partner editor')], default='editor', max_length=10, verbose_name='role')),
                        ('token_hash', models.CharField(editable=False, max_length=64, unique=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='sent')),
                        ('expires_at', models.DateTimeField(verbose_name='expires')),
                        ('accepted_at', models.DateTimeField(blank=True, null=True, verbose_name='accepted')),
                        ('invited_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to='portal.partnerorganisation')),
                    ],
                    options={
                        'verbose_name': 'invitation',
                        'verbose_name_plural': 'invitations',
                        'ordering': ['-created_at'],
                    },
                ),
            ],
        ),
        migrations.RunPython(content_types_to_partners, content_types_to_portal),
    ]
