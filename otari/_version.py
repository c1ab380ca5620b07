"""Version of this package, and of the API description its generated core follows."""

__version__ = "0.5.0"


def spec_version() -> str:
    """The gateway API version stamped into the generated package (upstream version + gateway commit)."""
    from otari_api import __spec_version__

    return __spec_version__
