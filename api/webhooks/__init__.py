"""Publish webhooks: page events become signed HTTP POSTs that the task worker delivers.

models (endpoints, delivery log) · events (signal handlers that log and enqueue) ·
tasks (sending with backoff) · signing (HMAC over timestamp and body) · admin (viewsets).
"""
