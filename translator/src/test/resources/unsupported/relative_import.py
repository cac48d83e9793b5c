from . import sibling
from .pkg import thing
