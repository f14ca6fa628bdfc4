"""Protection of people: who may see what (sensitivity), and how public outputs are coarsened."""
