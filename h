HTTP/1.1 101 Switching Protocols
connection: upgrade
upgrade: h2c

HTTP/2 200 
cache-control: public, max-age=60
etag: W/"8cc3e53185e35f2ef9b8de19"
last-modified: Mon, 30 Nov 2026 12:01:54 GMT
vary: Accept-Encoding
content-type: text/html;charset=UTF-8
content-encoding: gzip

