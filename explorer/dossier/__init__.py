"""The entity dossier: what the index knows of one entity, as a file to hand on (HTML, PDF)."""
