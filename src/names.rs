//! Names: recognises the names of people, outlets and organisations around a position, and strips titles.
