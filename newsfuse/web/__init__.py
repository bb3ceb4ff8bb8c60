"""The web app: browse, search and feed the event store (FastAPI, server-rendered pages).

``create_app(settings)`` builds the app over the store ``settings.db``; ``serve(settings)`` runs
it with uvicorn. Pages and the JSON API under ``/api`` are documented in docs/web.md.
"""

from newsfuse.web._app import create_app, serve

__all__ = ["create_app", "serve"]
