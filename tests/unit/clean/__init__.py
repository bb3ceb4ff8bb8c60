"""Tests of the clean stage (a package, so that module names such as test_seeds_gold.py
do not collide with those of other stages)."""
