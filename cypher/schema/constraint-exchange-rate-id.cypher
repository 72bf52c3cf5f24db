// purpose: every exchange-rate row has a unique id
// params: none
// returns: nothing
CREATE CONSTRAINT exchange_rate_id IF NOT EXISTS
FOR (n:ExchangeRate) REQUIRE n.id IS UNIQUE
