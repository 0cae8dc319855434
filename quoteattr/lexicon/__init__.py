"""Knowledge tables, data only: quote marks, speech cues, titles and roles, the relay registry.

Each table lives in one module and reaches the code through :class:`quoteattr.Config`,
so a caller can extend any of them without editing the package.
"""
