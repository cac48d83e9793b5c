async def main():
    return 1
