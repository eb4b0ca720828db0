"""The four focus areas, their resource groups and measures, and the key figures."""
