"""Order-history analytics: RFM segments, product affinity (bought together) and customer journeys."""
