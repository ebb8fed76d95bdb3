"""Where an extracted non-food allergy's words are not the client's health fact: a trigger object or a material named beside an allergy the note states, a past allergy, an unscented request."""
