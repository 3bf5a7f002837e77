// The console's transaction with the metadata tag $tag, to terminate it at its deadline.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.console = $tag
RETURN transactionId
