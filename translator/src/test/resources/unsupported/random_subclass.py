import random


class MyRng(random.Random):
    def random(self):
        return 0.5


print(MyRng(3).random())
