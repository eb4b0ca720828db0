"""Campaigns, their landing pages, measurement and evaluation."""
