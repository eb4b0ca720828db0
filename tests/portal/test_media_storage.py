"""Uploaded files in an S3-compatible bucket, chosen by the environment alone: what an operator
sets to run more than one app server. The bucket is moto's stand-in for S3, in this process."""

import json

import boto3
import pytest
from bs4 import BeautifulSoup
from moto import mock_aws

from portal.pictures import KINDS
from portal.renditions import renditions_make
from properties.factories import ListingFactory
from properties.models import ListingImage
from tests.images import library_image

from .test_operations import manage, production_env

BUCKET = "drammenworks-media"
PUBLIC_URL = "https://media.drammenworks.example"
S3_ENV = {
    "MEDIA_S3_BUCKET": BUCKET,
    "MEDIA_S3_PUBLIC_URL": PUBLIC_URL,
    "MEDIA_S3_REGION": "eu-north-1",
}

PRINT_MEDIA_SETTINGS = (
    "import json; from django.conf import settings; print(json.dumps({"
    "'storage': settings.STORAGES['default'], 'media_url': settings.MEDIA_URL, "
    "'img_src': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
)


def media_settings(**env):
    result = manage("shell", "-c", PRINT_MEDIA_SETTINGS, env=production_env(**env))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # after the shell's own notice


def test_without_a_bucket_files_stay_on_the_disk():
    media = media_settings()
    assert media["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert media["media_url"] == "/media/"


def test_a_bucket_from_the_environment_stores_the_files_and_may_show_its_images():
    media = media_settings(**S3_ENV)
    assert media["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["storage"]["OPTIONS"]["bucket_name"] == BUCKET
    assert media["media_url"] == f"{PUBLIC_URL}/"
    assert PUBLIC_URL in media["img_src"]  # the Content Security Policy lets its images in

    deploy = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(**S3_ENV))
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr


def test_a_bucket_without_its_public_address_is_refused_at_start():
    env = {key: value for key, value in S3_ENV.items() if key != "MEDIA_S3_PUBLIC_URL"}
    result = manage("check", env=production_env(**env))
    assert result.returncode != 0
    assert "MEDIA_S3_PUBLIC_URL" in result.stderr


@pytest.fixture
def bucket(monkeypatch, settings):
    """The default storage as the settings make it from S3_ENV, on moto's S3."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    media = media_settings(**S3_ENV)
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-north-1")
        s3.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"}
        )
        settings.STORAGES = {**settings.STORAGES, "default": media["storage"]}
        settings.MEDIA_URL = media["media_url"]
        yield s3


@pytest.mark.django_db
def test_a_listings_photos_are_stored_in_the_bucket_and_shown_from_it(bucket, client):
    image = library_image("Fasade", "fasade.jpg", (1200, 800), "#1f6f8b")
    listing = ListingFactory()
    ListingImage.objects.create(listing=listing, image=image, alt_text="Fasaden", sort_order=0)
    renditions_make(image=image, kinds=[KINDS["listing_photo"]])  # as the worker does

    response = client.get(f"/lokaler/{listing.slug}/")

    assert response.status_code == 200
    stored = {item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert image.file.name in stored
    assert any(key.startswith("images/") for key in stored - {image.file.name}), stored
    page = BeautifulSoup(response.content, "html.parser")
    addresses = [img["src"] for img in page.select("img[src*=fasade]")] + [
        candidate.split()[0]
        for element in page.select("[srcset*=fasade]")
        for candidate in element["srcset"].split(",")
    ]
    assert addresses
    assert all(address.startswith(f"{PUBLIC_URL}/images/") for address in addresses), addresses
