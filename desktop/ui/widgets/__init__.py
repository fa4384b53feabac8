"""Small shared widgets any page may reuse: cards, form helpers, text scaling, the profile form."""
