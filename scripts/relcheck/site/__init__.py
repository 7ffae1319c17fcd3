"""The MkDocs glue: the plugin, its options, and what it renders into the pages. The only part of
relcheck that imports MkDocs."""
