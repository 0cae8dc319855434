"""Given names that tell a person's gender.  Data only.

A pronoun stands for a person of its gender ("she" for Ida Marsh, not for Tomas
Brandt): where the article gives no honorific or gendered title, the given
name of a full name tells it.  Names used for both genders in some language
("Andrea", "Jean", "Kim", "Sasha") are left out.  Lower case; extend through
``Config(names=DEFAULT_NAME_TABLES.evolve(given_names={**GIVEN_NAMES, "ines": "f"}))``
(see :class:`~quoteattr.lexicon.titles.NameTables`).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["GIVEN_NAMES"]

_MALE: frozenset[str] = frozenset(
    {
    "aaron", "abdul", "abdullah", "adam", "adrian", "ahmad", "ahmed", "alan", "albert", "alberto", "alejandro",
    "aleksandr", "aleksei", "alexander", "alexandre", "alexei", "alfred", "ali", "amir", "anatoly", "andre",
    "andrei", "andres", "andrew", "andrey", "angelo", "anthony", "antoine", "anton", "antonio", "arnold", "arthur",
    "arturo", "barack", "benjamin", "bernard", "bernie", "bill", "billy", "bob", "bobby", "boris", "brad",
    "bradley", "brandon", "brendan", "brent", "brian", "bruce", "bryan", "carl", "carlos", "charles", "charlie",
    "christian", "christopher", "chuck", "clarence", "clint", "colin", "craig", "cristiano", "dale", "dan",
    "daniel", "danny", "darren", "david", "dennis", "derek", "dimitri", "dmitri", "dmitry", "domenico", "donald",
    "doug", "douglas", "duncan", "dwight", "earl", "eddie", "edgar", "eduardo", "edward", "edwin", "elijah",
    "elliot", "emmanuel", "enrique", "eric", "erik", "ernest", "ethan", "eugene", "evan", "fabio", "farid", "fedor",
    "felipe", "felix", "fernando", "francesco", "francis", "francisco", "frank", "franklin", "fred", "frederick",
    "friedrich", "gabriel", "garrett", "gary", "gavin", "geoffrey", "george", "gerald", "gerhard", "gianni",
    "giovanni", "giuseppe", "glenn", "gordon", "graham", "grant", "greg", "gregory", "guillermo", "gustavo", "hans",
    "harold", "harry", "hassan", "hector", "heinrich", "helmut", "henry", "herbert", "howard", "hugh", "hugo",
    "ian", "igor", "isaac", "ivan", "jack", "jacob", "jake", "james", "jared", "jason", "javier", "jeb", "jeff",
    "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy", "joe", "joel", "johann", "john", "johnny", "jon",
    "jonathan", "jorge", "jose", "josef", "joseph", "josh", "joshua", "juan", "julian", "justin", "karl", "keith",
    "kenneth", "kevin", "khalid", "klaus", "konstantin", "kurt", "kyle", "lamar", "lance", "larry", "lawrence",
    "leonard", "leonardo", "leroy", "lloyd", "louis", "luca", "lucas", "luis", "luke", "lyndon", "maksym",
    "malcolm", "marco", "marcus", "mario", "mark", "martin", "matt", "matteo", "matthew", "maurice", "max", "maxim",
    "michael", "miguel", "mike", "mikhail", "mitch", "mitchell", "mohammad", "mohammed", "muhammad", "mustafa",
    "nathan", "neil", "nicholas", "nick", "nicolas", "nigel", "nikolai", "norman", "oleg", "oliver", "omar",
    "oscar", "owen", "pablo", "patrick", "paul", "pedro", "peter", "philip", "phillip", "pierre", "rafael", "ralph",
    "ramon", "randy", "raul", "ray", "raymond", "reginald", "reza", "ricardo", "richard", "rick", "rob", "robert",
    "roberto", "rodrigo", "roger", "roland", "ronald", "ronnie", "ross", "roy", "rudolph", "rudy", "rupert",
    "russell", "ryan", "salvador", "samuel", "scott", "sean", "sebastian", "serge", "sergei", "sergey", "sergio",
    "seth", "shawn", "sigmar", "simon", "stanley", "stefan", "stephen", "steve", "steven", "stuart", "ted", "terry",
    "theodore", "thomas", "tim", "timothy", "todd", "tom", "tomas", "tony", "travis", "trevor", "tyler", "valentin",
    "vasily", "victor", "viktor", "vincent", "vitaly", "vladimir", "volodymyr", "walter", "warren", "wayne",
    "wesley", "william", "willie", "wolfgang", "xavier", "yaroslav", "yuri", "yusuf", "zachary",
    }
)  # fmt: skip

_FEMALE: frozenset[str] = frozenset(
    {
    "abigail", "ada", "agnes", "aisha", "alexandra", "alexis", "alice", "alicia", "alina", "alison", "amanda",
    "amber", "amelia", "amy", "ana", "anastasia", "angela", "angelina", "anita", "ann", "anna", "anne", "annette",
    "antonia", "april", "barbara", "beatrice", "becky", "belinda", "betsy", "betty", "beverly", "bonnie", "brenda",
    "brianna", "bridget", "brittany", "camila", "carla", "carmen", "carol", "carolina", "caroline", "carolyn",
    "catherine", "cecilia", "charlotte", "chelsea", "cheryl", "christina", "christine", "cindy", "claire", "clara",
    "claudia", "colleen", "connie", "cynthia", "daisy", "daria", "darya", "debbie", "deborah", "debra", "denise",
    "diana", "diane", "donna", "doris", "dorothy", "edith", "elaine", "eleanor", "elena", "elisabeth", "elizabeth",
    "ella", "ellen", "elsa", "emily", "emma", "erica", "erin", "esther", "eva", "evelyn", "fatima", "fiona",
    "florence", "frances", "francesca", "gabriela", "gabrielle", "gail", "gina", "giulia", "gloria", "grace",
    "greta", "gwen", "hannah", "harriet", "heather", "heidi", "helen", "helena", "hillary", "holly", "ida",
    "ingrid", "irene", "irina", "isabel", "isabella", "jacqueline", "jane", "janet", "janice", "jasmine", "jeanne",
    "jennifer", "jenny", "jessica", "jill", "joan", "joanna", "joanne", "jocelyn", "josephine", "joy", "joyce",
    "judith", "judy", "julia", "julie", "june", "karen", "karin", "katherine", "kathleen", "kathryn", "kathy",
    "katie", "katrin", "kayla", "kimberly", "kirsten", "kristen", "kristin", "laura", "lauren", "leah", "linda",
    "lindsay", "lisa", "liz", "lois", "loretta", "lucia", "lucy", "ludmila", "lyudmila", "madeleine", "madeline",
    "maggie", "mara", "margaret", "maria", "marianne", "marie", "marina", "marion", "marsha", "martha", "mary",
    "maxine", "megan", "melania", "melanie", "melissa", "meredith", "michelle", "mildred", "miriam", "molly",
    "monica", "nadia", "nancy", "naomi", "natalia", "natalie", "natalya", "natasha", "nicole", "nina", "nora",
    "olga", "olivia", "paige", "pamela", "patricia", "paula", "pauline", "peggy", "penelope", "penny", "phyllis",
    "priscilla", "rachel", "rebecca", "regina", "renee", "rita", "roberta", "rosa", "rosalind", "rose", "ruth",
    "sabrina", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "silvia", "sofia",
    "sonia", "sophia", "sophie", "stacey", "stephanie", "susan", "suzanne", "svetlana", "sylvia", "tamara", "tanya",
    "teresa", "theresa", "tiffany", "tina", "tracy", "ursula", "valentina", "valerie", "vanessa", "vera",
    "veronica", "victoria", "virginia", "vivian", "wanda", "wendy", "yelena", "yulia", "yvonne", "zoe",
    }
)  # fmt: skip

#: Given name -> "m" or "f".
GIVEN_NAMES: Mapping[str, str] = {**dict.fromkeys(_MALE, "m"), **dict.fromkeys(_FEMALE, "f")}
