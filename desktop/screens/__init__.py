"""The desk app's screens: each lays out widgets and hands work to the core through workers."""
