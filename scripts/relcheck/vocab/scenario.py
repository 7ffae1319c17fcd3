"""A scenario as the checker holds it once the schema has accepted it.

The loader gives plain data (`Any`: it is whatever the YAML file holds); the checker treats it as a
`Scenario` only after the schema and the consistency checks have passed, so every stage after them reads
typed fields. A test keeps these types equal to `schemas/scenario.schema.json`.
"""

from typing import NotRequired, Required, TypedDict


class Texts(TypedDict, total=False):
    """A text in English and, optionally, in each other language of the site."""

    en: Required[str]
    es: str
    it: str
    fr: str
    ru: str


class OtherPartner(TypedDict):
    name: str
    transacts_in_csp: bool
    dap_services: list[str]


class Partner(TypedDict):
    role: str
    country: str
    region: str
    model: str
    original_reseller: bool
    services: list[str]
    needs_dap_back: NotRequired[bool]


class Customer(TypedDict):
    country: str
    region: str
    arrangement: str
    accepting_user_is_global_admin: bool
    mca_accepted: bool
    partners: list[OtherPartner]
    accepts_mca_when_prompted: NotRequired[bool]


class Request(TypedDict):
    include_dap: bool
    azure_only: bool
    email_edited: bool
    link_intact: bool
    link_reused: NotRequired[bool]
    provider_invitation: NotRequired[bool]


class Revocation(TypedDict):
    renegotiated: bool
    expect: dict[str, str]  # question -> expectation
    then: NotRequired[dict[str, str]]  # action -> expectation


class Scenario(TypedDict):
    id: str
    edition: str
    cloud: str
    title: Texts
    description: Texts
    partner: Partner
    customer: Customer
    request: Request
    after_acceptance: NotRequired[dict[str, str]]  # action -> expectation
    revocation: NotRequired[Revocation]
    expect: dict[str, str]  # question -> expectation
    translated_from: NotRequired[dict[str, str]]  # language -> hash of the English texts
