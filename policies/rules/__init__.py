"""One module per rule family; importing this package registers every rule in catalog order."""

from policies.rules import (  # noqa: F401
    addr,
    attach,
    body,
    contact,
    images,
    links,
    mime,
    order,
    purpose,
    review,
    style,
    subject,
)
