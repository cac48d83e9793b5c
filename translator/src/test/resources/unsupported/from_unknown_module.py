from os import path
from fractions import Fraction
