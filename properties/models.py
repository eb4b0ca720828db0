"""The commercial property listing: premises, their images and documents, and inquiries."""
