// purpose: readiness probe: the database answers a query
// params: none
// returns: ok
RETURN 1 AS ok
