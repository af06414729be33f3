"""The gateway's state: quarantined messages, the one-review-request-per-order memory and
the retry queue.

`await Store.open(config.store)` opens the implementation the URL's scheme names:

- `sqlite:///path/to/state.db` (the default, one host): `gateway.store.sqlite`;
- `postgresql://user:password@host:port/database` (several gateways sharing one state):
  `gateway.store.postgres`, which needs the `postgres` extra (psycopg 3 and its pool).

The interface and what it guarantees are in `gateway.store.base`.
"""

from gateway.store.base import (
    DEFAULT_CLAIM_TIMEOUT,
    DEFAULT_PENDING_TIMEOUT,
    DEFAULT_QUARANTINE_RETENTION,
    DEFAULT_REVIEW_RETENTION,
    PURGE_BATCH,
    Expired,
    QuarantineItem,
    QueueStats,
    RetryItem,
    Store,
    StoreError,
    new_quarantine_id,
    normalize_quarantine_id,
)

__all__ = [
    "DEFAULT_CLAIM_TIMEOUT",
    "DEFAULT_PENDING_TIMEOUT",
    "DEFAULT_QUARANTINE_RETENTION",
    "DEFAULT_REVIEW_RETENTION",
    "PURGE_BATCH",
    "Expired",
    "QuarantineItem",
    "QueueStats",
    "RetryItem",
    "Store",
    "StoreError",
    "new_quarantine_id",
    "normalize_quarantine_id",
]
