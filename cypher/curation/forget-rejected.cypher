// After a new analysis (which replaced every ECHOES), the echoes set aside by earlier rejections are of the old
// analysis: they go, and the rejections in force set aside the new analysis' echoes again.
// Parameters: none
MATCH ()-[x:REJECTED_ECHO]->()
DELETE x
