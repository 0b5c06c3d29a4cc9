// The runtime starts with the worker and stays up: the page calls CellRunner's exports.
return 0;
