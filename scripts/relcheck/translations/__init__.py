"""Translation freshness: which translated page or scenario text lags behind its English source, and
the `relcheck translations` command."""
