import socket
import os.path

print(socket.gethostname())
