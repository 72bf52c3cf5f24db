// purpose: range index for an item's history and for knownAt reads (the changes of one id)
// params: none
// returns: nothing
CREATE INDEX change_item IF NOT EXISTS
FOR (c:Change) ON (c.itemId)
