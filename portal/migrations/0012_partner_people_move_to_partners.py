# The partner memberships and invitations belong to the partners app: their tables get the
# partners app's names here, and partners/migrations/0002 takes the models over. The rows stay.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0011_outboundemail_every_sender_and_lease'),
    ]

    operations = [
        migrations.AlterModelTable(name='partnermembership', table='partners_partnermembership'),
        migrations.AlterModelTable(name='partnerinvitation', table='partners_partnerinvitation'),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='PartnerMembership'),
                migrations.DeleteModel(name='PartnerInvitation'),
            ],
        ),
    ]
