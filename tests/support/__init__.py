"""Helpers the tests share that are not fixtures: readers for the formats we write."""
