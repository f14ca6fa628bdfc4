"""Protection of people: who may see what (sensitivity), and how public outputs are coarsened.

Every view, API route, search, statistic and export asks this package: ``visible_levels``
and ``allowed`` decide what a viewer sees; ``present_name``, ``coarsen_place`` and
``suppress_small_counts`` shape what anonymous viewers and public exports show.
"""

from izde.protect.counts import public_total, suppress_small_counts
from izde.protect.names import present_name, pseudonym, pseudonymous_id
from izde.protect.places import coarsen_place
from izde.protect.policy import ANONYMOUS, SYSTEM, Viewer, allowed, visible_levels

__all__ = ["ANONYMOUS", "SYSTEM", "Viewer", "allowed", "coarsen_place", "present_name",
           "pseudonym", "pseudonymous_id", "public_total", "suppress_small_counts",
           "visible_levels"]
