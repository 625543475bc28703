"""Write the fifth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kota Bengkulu"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national4/make_national4.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national5/make_national5.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_27_0611
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "17.71": ("Kota Bengkulu", -3.8414, 102.30816),
    "17.09": ("Kabupaten Bengkulu Tengah", -3.68522, 102.40436),
    "17.05": ("Kabupaten Seluma", -4.05201, 102.65951),
    "17.03": ("Kabupaten Bengkulu Utara", -3.41883, 102.00188),
    "17.08": ("Kabupaten Kepahiang", -3.62893, 102.64445),
    "17.02": ("Kabupaten Rejang Lebong", -3.43045, 102.70205),
    "13.71": ("Kota Padang", -0.89887, 100.43764),
    "16.71": ("Kota Palembang", -2.97172, 104.74132),
    "75.71": ("Kota Gorontalo", 0.53841, 123.0553),
    "75.01": ("Kabupaten Gorontalo", 0.6929, 122.71252),
    "75.03": ("Kabupaten Bone Bolango", 0.53237, 123.29231),
    "75.04": ("Kabupaten Pohuwato", 0.68835, 121.70983),
    "71.71": ("Kota Manado", 1.52492, 124.8479),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "62.71": ("Kota Palangkaraya", -2.00746, 113.76747),
    "62.11": ("Kabupaten Pulang Pisau", -2.69086, 113.96758),
    "62.06": ("Kabupaten Katingan", -1.68587, 113.07083),
    "62.02": ("Kabupaten Kotawaringin Timur", -2.08581, 112.71519),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "91.71": ("Kota Jayapura", -2.66453, 140.80014),
    "91.03": ("Kabupaten Jayapura", -3.01002, 139.98872),
    "91.11": ("Kabupaten Keerom", -3.35318, 140.69238),
    "91.06": ("Kabupaten Biak Numfor", -1.00285, 135.84437),
    "94.04": ("Kabupaten Mimika", -4.52412, 136.84485),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "13": "Sumatera Barat",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "31": "DKI Jakarta",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "71": "Sulawesi Utara",
    "73": "Sulawesi Selatan",
    "75": "Gorontalo",
    "91": "Papua",
    "94": "Papua Tengah",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "13": ["SUMATERA BARAT", "SUMBAR"],
    "16": ["SUMATERA SELATAN", "SUMSEL"],
    "17": ["BENGKULU", "PROV. BENGKULU", "PROVINSI BENGKULU"],
    "31": ["DKI JAKARTA", "DKI"],
    "62": ["KALIMANTAN TENGAH", "KALTENG", "PROV. KALTENG", "PROVINSI KALIMANTAN TENGAH"],
    "63": ["KALIMANTAN SELATAN", "KALSEL"],
    "71": ["SULAWESI UTARA", "SULUT"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "75": ["GORONTALO", "PROV. GORONTALO", "PROVINSI GORONTALO"],
    "91": ["PAPUA", "PROV. PAPUA", "PROVINSI PAPUA"],
    "94": ["PAPUA TENGAH", "PROV. PAPUA TENGAH"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "17.71": ["!", "KOTA BENGKULU", "BENGKULU", "KODYA BENGKULU", "KOTA BENGKULU (PROV. BENGKULU)"],
    "17.09": ["BENGKULU TENGAH", "KAB. BENTENG", "KAB. BENGKULU TENGAH (KARANG TINGGI)"],
    "17.05": ["SELUMA", "KAB. SELUMA (TAIS)"],
    "17.03": ["BENGKULU UTARA", "KAB. BENGKULU UTARA (ARGA MAKMUR)"],
    "17.08": ["KEPAHIANG"],
    "17.02": ["REJANG LEBONG", "KAB. REJANG LEBONG (CURUP)"],
    "13.71": ["PADANG", "KOTA PADANG"],
    "16.71": ["PALEMBANG"],
    "75.71": [
        "!",
        "KOTA GORONTALO",
        "GORONTALO",
        "KODYA GORONTALO",
        "KOTA GORONTALO (PROV. GORONTALO)",
    ],
    "75.01": ["KAB. GORONTALO (LIMBOTO)", "LIMBOTO", "GORONTALO (KAB.)"],
    "75.03": ["BONE BOLANGO", "BONBOL", "KAB. BONE BOLANGO (SUWAWA)"],
    "75.04": ["POHUWATO", "KAB. POHUWATO (MARISA)"],
    "71.71": ["MANADO", "KOTA MANADO"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
    "62.71": [
        "!",
        "KOTA PALANGKA RAYA",
        "PALANGKA RAYA",
        "PALANGKARAYA",
        "KODYA PALANGKARAYA",
        "KOTA PALANGKARAYA (KALTENG)",
    ],
    "62.11": ["PULANG PISAU", "KAB. PULPIS"],
    "62.06": ["KATINGAN", "KAB. KATINGAN (KASONGAN)"],
    "62.02": ["KOTIM", "KAB. KOTAWARINGIN TIMUR (SAMPIT)", "SAMPIT"],
    "63.71": ["BANJARMASIN", "KOTA BANJARMASIN"],
    "91.71": [
        "!",
        "KOTA JAYAPURA",
        "JAYAPURA",
        "KODYA JAYAPURA",
        "KOTA JAYAPURA (PAPUA)",
        "PORT NUMBAY",
    ],
    "91.03": ["KAB. JAYAPURA (SENTANI)", "SENTANI", "JAYAPURA (KAB.)"],
    "91.11": ["KEEROM", "KAB. KEEROM (ARSO)"],
    "91.06": ["BIAK", "BIAK NUMFOR"],
    "94.04": ["MIMIKA", "TIMIKA"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Bengkulu: Kota Bengkulu (17.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bengkulu",
        "BKL",
        "Peran Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kota Bengkulu | 17.71 | p=pelatihan berbasis kompetensi bagi pencari kerja: housekeeping, barista, menjahit {48} | h=bursa kerja dan pelayanan kartu AK/1 {200}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Bengkulu | 17.71 | p=pemagangan dalam negeri di hotel dan perusahaan mitra bagi lulusan SMK dan LPK yang diusulkan lembaga {40} | h=penempatan ke perusahaan perkebunan dan tambang di Provinsi Bengkulu {150}
dinas g | Dinas Pariwisata Kota Bengkulu | 17.71 | t=narasumber pelayanan prima dan sadar wisata {2} | h=stan kuliner dan oleh-oleh khas Bengkulu di Festival Tabot dan kawasan Pantai Panjang {30:produk}
dinas g | Dinas Koperasi dan UKM Kota Bengkulu | 17.71 | d=pinjaman dana bergulir bagi UMKM terdaftar, jasa 3 % per tahun {Rp 400.000.000} | p=pelatihan kemasan dan pendampingan NIB, PIRT dan sertifikat halal {40}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Bengkulu | 17.71 | s=rumah kemasan bersama dengan mesin pengisi botol dan pencetak label, bisa dipakai IKM binaan {1} | h=galeri IKM di Jalan Soekarno-Hatta dan kurasi produk untuk pameran Inacraft {40:produk}
dinas g | Dinas Pertanian dan Ketahanan Pangan Kota Bengkulu | 17.71 | t=penyuluh pertanian pendamping kebun jeruk kalamansi {2} | s=bantuan bibit kalamansi dan pupuk organik bagi kelompok tani {1500:bibit}
dinas g | Dinas Kesehatan Kota Bengkulu | 17.71 | t=petugas pemeriksa SPP-IRT {2} | p=penyuluhan keamanan pangan industri rumah tangga {40}
dinas g | Dinas Sosial Kota Bengkulu | 17.71 | d=bantuan KUBE bagi keluarga penerima PKH yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan dan Kebudayaan Provinsi Bengkulu (Bidang Pembinaan SMK) | 17.71 | t=pengawas SMK {2} | p=fasilitasi MoU prakerin SMK dengan DUDI dan penyelarasan kurikulum {10}
blk g | UPTD Balai Latihan Kerja Provinsi Bengkulu | 17.71 | t=instruktur perhotelan dan tata boga bersertifikat {3} | s=mock-up kamar hotel dan dapur praktik bisa dipinjam sekolah di luar jadwal pelatihan {2} | p=pelatihan housekeeping dan F&B service 160 JP {16}
donor m | BAZNAS Kota Bengkulu | 17.71 | d=Bengkulu Makmur: zakat produktif berupa modal dan bahan usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor s | Bank Pembangunan Daerah Bengkulu Cabang Utama | 17.71 | d=KUR mikro dan kredit usaha perempuan tanpa agunan sampai 50 juta {Rp 2 M}
donor s | TJSL PT Pelabuhan Pulau Baai | 17.71 | d=bantuan modal dan peralatan bagi UMKM di kelurahan ring 1 Kecamatan Kampung Melayu {Rp 300.000.000}
donor s | CSR PT Batubara Taba Penanjung | 17.09 | d=bantuan modal usaha bagi desa lingkar tambang di Kecamatan Taba Penanjung {Rp 200.000.000} | p=pelatihan operator alat berat bagi pemuda desa lingkar tambang {20}
donor s | CSR PLTU Teluk Sepang | 17.71 | d=hibah alat produksi (mesin pres tutup botol, kompor, panci stainless) bagi kelompok perempuan di Kecamatan Kampung Melayu dan Selebar {Rp 150.000.000}
donor s | Program Hibah Modal Usaha Perempuan (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok usaha perempuan pengolah pangan dari seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | LAZ Rafflesia Peduli Umat | 17.71 | d=qardhul hasan bagi pedagang Pasar Minggu dan Pasar Panorama, paling banyak 3 juta per orang {Rp 60.000.000}
dudi s | Hotel Pantai Panjang Raflesia | 17.71 | p=menerima siswa PKL bagian front office, housekeeping dan F&B selama 3 bulan {8} | h=rekrut daily worker dan staf housekeeping {4}
dudi s | Hotel Bumi Marlborough | 17.71 | p=prakerin siswa SMK di kitchen dan restoran hotel {6} | h=membeli sirup kalamansi untuk welcome drink dan paket meeting {60:botol/bulan}
dudi s | Hotel Tapak Paderi Residence | 17.71 | s=aula dan kamar untuk praktik (sewa) | h=rekrut lulusan SMK perhotelan sebagai room attendant {3}
dudi s | Restoran Pondok Pindang Pantai Panjang | 17.71 | p=terima anak PKL pelayan restoran {4} | h=rekrut pramusaji {2}
dudi s | Kafe Kopi Rejang Jalan Suprapto | 17.71 | h=memakai sirup kalamansi untuk es kopi dan minuman, diambil dari produsen rumahan {40:botol/minggu}
dudi s | Pusat Oleh-oleh Khas Bengkulu Jalan KZ Abidin | 17.71 | h=titip jual bay tat, lempuk durian, dodol dan sirup kalamansi dari produsen rumahan yang sudah berizin PIRT {60:produk}
dudi s | Toko Oleh-oleh Kue Tat Anggut | 17.71 | h=membeli putus kue bay tat dan lempuk durian dari pembuat rumahan {200:kotak/bulan}
dudi s | Swalayan Raflesia Mart | 17.71 | h=konsinyasi produk UMKM berlabel halal, berbarcode dan berizin edar {40:produk}
dudi s | Toko Botol dan Kemasan Sumber Rezeki | 17.71 | s=jual botol kaca 250 ml, tutup segel dan label sirup, bisa kredit untuk kelompok
dudi s | Pedagang Pengumpul Jeruk Kalamansi Pasar Panorama | 17.71 | h=menjual jeruk kalamansi segar ke pembuat sirup dan pedagang Palembang {2:ton/minggu}
dudi s | PT Kalamansi Bengkulu Jaya | 17.71 | h=membeli buah kalamansi segar dari petani dengan harga kontrak untuk pabrik sari buah {5:ton/bulan}
dudi s | Reseller Oleh-oleh Bengkulu Online | 17.71 | h=menjual produk khas Bengkulu di marketplace dan siaran langsung, bagi hasil 15 % {50:produk}
dudi s | Katering Tabot Ratu Samban | 17.71 | p=praktik kerja di dapur katering untuk siswa tata boga {4} | h=rekrut juru masak {2}
dudi s | Raflesia Tour and Travel | 17.71 | p=magang siswa usaha perjalanan wisata {3}
smk m | SMK Negeri 2 Kota Bengkulu (Tata Boga) | 17.71 | s=dapur praktik bisa dipakai kelompok masyarakat hari Sabtu {1} | p=siswa PKL tata boga yang mencari tempat prakerin {30}
lkp m | LKP Perhotelan Bengkulu Mandiri | 17.71 | p=kursus perhotelan dan penempatan magang peserta di hotel jaringan alumni {20} | h=penyaluran alumni ke kapal pesiar {10}
lkp m | LKP Batik Besurek Kembang Melati | 17.71 | p=kursus membatik besurek {15} | h=membeli kain besurek hasil peserta {30:lembar/bulan}
perguruan_tinggi m | Universitas Raflesia Bengkulu (Prodi Teknologi Industri Pertanian) | 17.71 | t=dosen pendamping izin edar BPOM dan uji umur simpan minuman {2} | p=pelatihan sanitasi, kemasan dan izin edar pangan olahan bagi kelompok binaan {25}
perguruan_tinggi m | Akademi Pariwisata Bumi Raflesia | 17.71 | t=dosen tamu perhotelan untuk SMK mitra {2} | s=laboratorium hotel dan restoran bisa dipakai sekolah mitra {1}
ormas m | TP PKK Kota Bengkulu | 17.71 | p=kader PKK penggerak {40} | h=bazar PKK di Sport Center Pantai Panjang tiap Minggu pagi {20:produk}
ormas m | PHRI Badan Pimpinan Cabang Kota Bengkulu | 17.71 | p=menyalurkan siswa PKL ke hotel dan restoran anggota {30} | h=informasi lowongan kerja dari 25 hotel dan restoran anggota
tokoh_masyarakat m | Ibu Hj. Rosnaini (pembuat sirup kalamansi senior) | 17.71 | t=mau mengajari resep sirup kalamansi supaya tidak cepat basi {1}
tokoh_masyarakat m | Pak Syamsul Bahri (mantan manajer hotel) | 17.71 | t=mau menjadi guru tamu pelayanan tamu dan tata graha di sekolah {1}
pusat_karya m | Sentra Batik Besurek Anggut | 17.71 | p=magang membatik {4} | h=membeli kain besurek dari pembatik rumahan {20:lembar/bulan}
koperasi m | Koperasi Wanita Tani Sejahtera Selebar | 17.71 | d=simpan pinjam anggota, angsuran mingguan {Rp 100.000.000} | h=warung koperasi menjual produk olahan anggota {20:produk}
bumdes m | BUMDes Pondok Kelapa Jaya | 17.09 | h=kios BUMDes di jalan lintas pantai menjual olahan warga desa {30:produk}
dudi s | Toko Sirup Kalamansi Cap Bunga Raflesia | 17.71 tidak | h=ambil sirup kalamansi dari ibu-ibu untuk dijual lagi {100:botol/minggu}
dudi s | Hotel Kenanga Pantai Panjang | 17.71 tidak | p=terima siswa PKL perhotelan {6}
dudi s | Toko Oleh-oleh Bu Ani | 17.71 x | h=bisa titip jual
donor m | Yayasan Bengkulu Peduli | 17.71 x | d=bantuan
dudi s | Hotel Pantai Seluma Indah | 17.05 | p=terima siswa PKL front office dan restoran {4}
dudi s | Hotel Kepahiang Highland | 17.08 | p=menerima siswa PKL perhotelan, mess disediakan {6}
dudi s | Toko Oleh-oleh Curup | 17.02 | h=menjual kopi dan oleh-oleh khas Rejang Lebong {30:produk}
dudi s | PT Perkebunan Sawit Bengkulu Utara | 17.03 | d=CSR modal usaha bagi desa sekitar kebun di Kecamatan Putri Hijau {Rp 150.000.000} | h=rekrut mandor dan operator {20}
lkp m | LPK Kapal Pesiar Palembang | 16.71 | p=pelatihan dan penempatan magang kapal pesiar dan hotel {30}
dudi s | PT Griya Hospitality Jakarta | 31.74 | p=program magang hotel 6 bulan bagi siswa SMK perhotelan se-Indonesia, mess dan uang saku {20}
dudi s | Gerai Oleh-oleh Sumatera Jakarta (toko daring) | 31.74 | h=membeli sirup kalamansi dan lempuk dari Bengkulu tiap bulan, dikirim kargo {120:botol/bulan}
dudi s | Toko Oleh-oleh Khas Minang Padang | 13.71 | h=titip jual makanan khas Sumatera {40:produk}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Gorontalo: Kota Gorontalo (75.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_gorontalo",
        "GTO",
        "Bentuk Kemitraan",
        """
dinas g | Dinas Tenaga Kerja, Koperasi dan UKM Kota Gorontalo | 75.71 | d=pinjaman modal bergulir tanpa agunan bagi UMKM terdaftar, jasa 2 % per tahun {Rp 300.000.000} | p=pelatihan kewirausahaan dan menjahit bagi pencari kerja {40}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Gorontalo | 75.71 | t=desainer pendamping IKM sulaman karawo {2} | p=pelatihan motif karawo dan pewarnaan benang {25} | h=stan karawo di Gorontalo Karnaval Karawo {40:produk}
dinas g | Dinas Kelautan dan Perikanan Kota Gorontalo | 75.71 | t=penyuluh perikanan pendamping poklahsar Leato dan Talumolo {2} | s=bantuan spinner, mesin pencabik daging ikan dan sealer bagi poklahsar terdaftar lewat proposal {5} | p=pelatihan diversifikasi olahan ikan {30}
dinas g | Dinas Kelautan dan Perikanan Provinsi Gorontalo | 75.71 | s=bantuan cool box dan freezer bagi kelompok nelayan tangkap {20} | p=pelatihan penanganan ikan di atas kapal {40}
dinas g | Dinas Pariwisata Kota Gorontalo | 75.71 | h=etalase oleh-oleh khas Gorontalo di Benteng Otanaha dan kawasan Pantai Leato {30:produk}
dinas g | Dinas Kesehatan Kota Gorontalo | 75.71 | t=petugas pemeriksa SPP-IRT {2} | p=penyuluhan keamanan pangan {40}
dinas g | Dinas Sosial Kota Gorontalo | 75.71 | d=bantuan KUBE bagi keluarga miskin penerima PKH dalam DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Gorontalo | 75.71 | d=bantuan modal usaha bagi perempuan kepala keluarga, 5 juta per orang {Rp 50.000.000}
blk g | UPTD Balai Latihan Kerja Provinsi Gorontalo | 75.71 | t=instruktur menjahit dan bordir mesin {2} | s=ruang jahit 16 mesin bisa dipinjam {1} | p=pelatihan menjahit dan bordir mesin 160 JP {16}
donor m | BAZNAS Kota Gorontalo | 75.71 | d=Gorontalo Sejahtera: zakat produktif berupa modal dan bahan usaha bagi kelompok perempuan mustahik {Rp 250.000.000}
donor s | Bank Pembangunan Daerah SulutGo Cabang Gorontalo | 75.71 | d=KUR mikro dan kredit usaha perempuan tanggung renteng {Rp 1,5 M}
donor s | TJSL PT Pelabuhan Gorontalo | 75.71 | d=hibah peralatan usaha (freezer, spinner, sealer) bagi kelompok pengolah ikan di Kecamatan Dumbo Raya dan Hulonthalangi {Rp 200.000.000}
donor s | CSR PT Tambang Emas Suwawa | 75.03 | d=CSR modal usaha bagi desa lingkar tambang di Kecamatan Suwawa Timur {Rp 300.000.000}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah bahan baku dan modal kerja bagi kelompok perajin wastra dan sulaman dari seluruh Indonesia, proposal daring {Rp 25.000.000}
donor s | Program Bantuan Alat Pengolahan Hasil Perikanan (seleksi nasional) | 31.74 | s=bantuan alat pengolahan bagi kelompok pengolah hasil perikanan dari seluruh Indonesia, proposal daring dan seleksi {15}
donor m | LAZ Hulonthalo Peduli | 75.71 | d=qardhul hasan bagi pedagang Pasar Sentral, paling banyak 2 juta per orang {Rp 50.000.000}
dudi s | Butik Karawo Hulonthalo | 75.71 | h=membeli putus kemeja dan selendang sulaman karawo dari perajin rumahan {80:lembar/bulan}
dudi s | Galeri Oleh-oleh Jalan Nani Wartabone | 75.71 | h=titip jual kain karawo, kopiah keranjang dan pia Gorontalo {50:produk}
dudi s | Konveksi Seragam Kota Tengah | 75.71 | p=magang menjahit {3} | h=memesan bordir nama dan logo untuk seragam sekolah {200:potong/bulan}
dudi s | Toko Benang dan Kain Sumber Makmur | 75.71 | s=jual benang sulam, kain katun dan bingkai pamidangan karawo, bisa cicil untuk kelompok
dudi s | Studio Desain Motif Karawo Digital | 75.71 | t=jasa desain motif karawo sesuai pesanan, berbayar per motif {1}
dudi s | Hotel Sahabat Gorontalo | 75.71 | s=aula (sewa) | h=memesan seragam karawo untuk staf dan suvenir karawo untuk tamu {30:lembar/tahun}
dudi s | Toko Oleh-oleh Pia dan Abon Talumolo | 75.71 | h=membeli putus abon tuna dan pia dari produsen rumahan {200:bungkus/bulan}
dudi s | Rumah Makan Ilabulo Kota Selatan | 75.71 | h=memesan ikan olahan untuk menu harian {30:kg/minggu}
dudi s | Toko Mesin dan Alat Usaha Sinar Gorontalo | 75.71 | s=jual spinner peniris minyak, mesin pencabik dan continuous sealer, bisa kredit 6 bulan
dudi s | Pengepul Ikan TPI Tenda | 75.71 | h=menjual tuna dan cakalang segar ke pengolah {3:ton/minggu}
dudi s | Bengkel Las Stainless Dumbo Raya | 75.71 | s=membuat wajan besar, meja stainless dan rak pengering sesuai pesanan
dudi s | Swalayan Citra Gorontalo | 75.71 | h=konsinyasi produk UMKM berlabel halal dan berizin PIRT {40:produk}
dudi s | Reseller Karawo Online Gorontalo | 75.71 | h=menjual produk karawo lewat marketplace dan siaran langsung, bagi hasil 20 % {40:produk}
dudi s | Katering Haji dan Umrah Hulonthalangi | 75.71 | h=memesan abon ikan untuk bekal jamaah {100:kg/musim}
lkp m | LKP Sulaman Karawo Citra | 75.71 | t=instruktur sulam karawo {2} | p=kursus sulam karawo dan menyalurkan hasil peserta ke butik jaringan alumni {15}
lkp m | LKP Tata Boga Limboto | 75.01 | t=instruktur olahan ikan dan kue {2} | p=kursus olahan abon ikan dan nugget {15}
smk m | SMK Negeri 3 Gorontalo (Tata Busana) | 75.71 | t=guru busana bisa mengajar sore hari {2} | s=ruang jahit dan bordir bisa dipinjam hari Sabtu {1} | p=siswa PKL busana yang mencari tempat prakerin {30}
smk m | SMK Negeri 1 Kota Gorontalo (Agribisnis Pengolahan Hasil Perikanan) | 75.71 | s=ruang produksi dengan spinner dan vacuum frying bisa dipakai kelompok binaan {1} | p=siswa PKL pengolahan hasil perikanan yang mencari tempat praktik {24}
perguruan_tinggi m | Universitas Hulonthalo (Prodi Teknologi Hasil Perikanan) | 75.71 | t=dosen pendamping izin edar {2} | s=laboratorium pengolahan dengan mesin pencabik dan sealer bisa dipakai kelompok binaan {1} | p=pelatihan pengolahan abon dan pengemasan bagi kelompok binaan {25}
perguruan_tinggi m | Politeknik Bone Bolango (Prodi Desain Tekstil) | 75.03 | t=dosen desain motif sulaman dan pewarnaan benang {2}
ormas m | TP PKK Kota Gorontalo | 75.71 | p=kader PKK penggerak {40} | h=bazar PKK di Taman Kota tiap bulan {20:produk}
ormas m | Dekranasda Provinsi Gorontalo | 75.71 | h=gerai Dekranasda dan kurasi karawo untuk pameran Inacraft dan peragaan busana di Jakarta {60:lembar/bulan}
ormas m | Himpunan Perajin Karawo Gorontalo | 75.71 | p=pertemuan rutin perajin | h=informasi pesanan karawo dari 40 anggota
ormas m | Lembaga Adat Kota Gorontalo | 75.71 | h=memesan kain karawo untuk busana adat pernikahan {20:lembar/tahun}
tokoh_masyarakat m | Ibu Hj. Rahmawati (perajin karawo senior) | 75.71 | t=mau mengajari teknik iris dan cabut benang karawo {1}
tokoh_masyarakat m | Pak Ismail (tokoh nelayan Leato) | 75.71 | p=menggerakkan nelayan dan warga pesisir
pusat_karya m | Sentra Karawo Telaga | 75.01 | p=magang menyulam karawo {4} | h=membeli kain sulaman karawo dari perajin {30:lembar/bulan}
pusat_karya m | Sentra Kopiah Keranjang Limboto | 75.01 | h=membeli kopiah keranjang dari penganyam {100:buah/bulan}
koperasi m | Koperasi Nelayan Mina Leato | 75.71 | d=simpan pinjam anggota {Rp 100.000.000} | s=freezer dan spinner koperasi bisa dipakai anggota dan kelompok pengolah dengan iuran {2} | h=memasarkan ikan olahan anggota {1:ton/bulan}
bumdes m | BUMDes Huntu Bersatu | 75.03 | h=kios BUMDes menjual olahan warga desa {30:produk}
dudi s | Toko Karawo Ibu Fat | 75.71 tidak | h=membeli kain karawo dari perajin {50:lembar/bulan}
dudi s | Pabrik Abon Tuna Gorontalo Jaya | 75.71 tidak | s=meminjamkan spinner dan sealer ke kelompok binaan {2}
dudi s | Toko Karawo Bu Nur | 75.71 x | h=bisa ambil karawo
donor m | Yayasan Gorontalo Peduli | 75.71 x | d=bantuan
dudi s | Butik Wastra Nusantara Jakarta | 31.74 | h=membeli kain dan kemeja karawo dari Gorontalo tiap bulan untuk butik di Jakarta {60:lembar/bulan}
dudi s | Toko Oleh-oleh Khas Sulawesi Manado | 71.71 | h=titip jual makanan khas dari berbagai daerah {40:produk}
dudi s | CV Teknik Pangan Makassar | 73.71 | s=membuat dan mengirim mesin pencabik dan spinner ke seluruh Sulawesi, bisa cicil
dudi s | Pabrik Pengolahan Ikan Pohuwato | 75.04 | h=rekrut pekerja pengolahan {20}
dudi s | Resort Pantai Botutonuo | 75.03 | h=memesan seragam dan suvenir karawo {20:lembar/tahun}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Kalimantan Tengah: Kota Palangka Raya (62.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_palangkaraya",
        "PKY",
        "Potensi Dukungan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kota Palangka Raya | 62.71 | p=pelatihan berbasis kompetensi: mekanik sepeda motor, menjahit, tata rias {48} | h=bursa kerja dan pelayanan kartu AK/1 {200}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Tengah | 62.71 | p=pemagangan dalam negeri di perusahaan mitra (perkebunan, tambang, diler kendaraan) bagi peserta yang diusulkan LPK terdaftar {40} | h=penempatan ke perusahaan perkebunan di Kotawaringin dan Katingan {150}
dinas g | Dinas Perindustrian dan Perdagangan Kota Palangka Raya | 62.71 | t=pendamping IKM kerajinan {1} | h=galeri produk IKM dan kerajinan Dayak di Bundaran Besar {40:produk}
dinas g | Dinas Koperasi dan UKM Provinsi Kalimantan Tengah | 62.71 | d=dana bergulir bagi UMKM dan koperasi terdaftar, jasa 3 % per tahun {Rp 500.000.000} | p=pelatihan kewirausahaan {40}
dinas g | Dinas Pendidikan Kota Palangka Raya (Bidang PNF) | 62.71 | d=BOP kesetaraan dan dana PKW bagi PKBM terakreditasi {Rp 50.000.000} | t=penilik dan pamong belajar pendamping PKBM {2}
dinas g | Dinas Pariwisata Kota Palangka Raya | 62.71 | h=stan kerajinan dan kuliner di Festival Isen Mulang dan Dermaga Kereng Bangkirai {30:produk}
dinas g | Dinas Lingkungan Hidup Provinsi Kalimantan Tengah | 62.71 | s=bibit rotan dan tanaman hutan bagi kelompok masyarakat {2000:bibit} | p=sekolah lapang pengelolaan gambut {30}
blk g | UPT Balai Latihan Kerja Provinsi Kalimantan Tengah | 62.71 | t=instruktur otomotif sepeda motor bersertifikat BNSP {3} | s=bengkel praktik motor injeksi dengan scanner diagnostik, bisa dipinjam LPK sore hari {6} | p=pelatihan mekanik sepeda motor injeksi 240 JP {16}
skb g | SKB Kota Palangka Raya | 62.71 | t=pamong belajar keterampilan anyaman dan menjahit {2} | s=ruang keterampilan {1} | p=kelas keterampilan bagi warga belajar {20}
donor m | BAZNAS Kota Palangka Raya | 62.71 | d=zakat produktif modal usaha bagi mustahik perorangan {Rp 200.000.000}
donor s | Bank Pembangunan Daerah Kalteng Cabang Palangka Raya | 62.71 | d=KUR dan kredit usaha mikro {Rp 2 M}
donor s | CSR PT Sawit Katingan Lestari | 62.06 | d=bantuan bahan dan alat usaha kerajinan bagi desa ring 1 Kecamatan Tasik Payawan {Rp 150.000.000}
donor s | CSR PLTU Pulang Pisau | 62.11 | d=bantuan bahan baku dan peralatan bagi kelompok perajin dan PKBM di Kota Palangka Raya dan Kabupaten Pulang Pisau {Rp 100.000.000}
donor m | Yayasan Borneo Lestari (pelestarian kerajinan Dayak) | 62.71 | t=perajin pelatih anyaman rotan dan purun yang datang ke kelompok dan sekolah dua kali seminggu selama 3 bulan {2}
donor s | Program Hibah Pendidikan Kecakapan Hidup (seleksi nasional) | 31.74 | d=hibah bahan praktik keterampilan bagi PKBM dan LKP dari seluruh Indonesia, proposal daring {Rp 15.000.000}
dudi s | PT Kahayan Motor (diler dan bengkel resmi sepeda motor) | 62.71 | p=menerima peserta magang mekanik di bengkel resmi selama 1 bulan bagi peserta LPK bersertifikat {6} | h=rekrut mekanik {3}
dudi s | Bengkel Motor Jaya Abadi Jalan Tjilik Riwut | 62.71 | p=terima anak magang servis motor harian {3} | h=butuh mekanik {1}
dudi s | Bengkel Mobil Borneo Auto | 62.71 | p=magang servis mobil bensin dan diesel {3}
dudi s | Bengkel Las dan Bubut Sebangau | 62.71 | p=magang las dan bubut {2}
dudi s | Toko Onderdil Motor Sinar Kahayan | 62.71 | s=jual scanner injeksi, kunci-kunci dan onderdil motor, diskon untuk LPK
dudi s | Bengkel Speedboat dan Mesin Tempel Kahayan | 62.71 | p=magang servis mesin tempel dan klotok {2}
dudi s | PT Sawit Pulang Pisau Makmur | 62.11 | p=magang mekanik kendaraan kebun {4} | h=rekrut mekanik alat berat dan kendaraan kebun {10}
dudi s | Rental Motor Isen Mulang | 62.71 | h=rekrut mekanik perawatan armada motor sewa {2}
dudi s | Pusat Kerajinan Rotan dan Manik Dayak Jalan Batam | 62.71 | h=membeli putus tas, tikar dan lampit rotan dari penganyam {100:buah/bulan}
dudi s | Toko Oleh-oleh Khas Kalteng Jalan Yos Sudarso | 62.71 | h=titip jual anyaman purun, manik-manik dan madu kelulut {40:produk}
dudi s | Hotel Batang Garing | 62.71 | s=ballroom (sewa) | h=memesan suvenir anyaman untuk tamu rapat dan MICE {200:buah/tahun}
dudi s | Toko Bahan Kerajinan Rotan Mandiri | 62.71 | s=jual rotan olahan, purun kering dan pewarna, bisa dicicil
dudi s | Pengumpul Rotan Katingan | 62.06 | h=menjual rotan mentah dari Katingan ke perajin {5:ton/bulan}
dudi s | PT Rotan Ekspor Kalteng | 62.71 | h=membeli rotan asalan dari pengumpul untuk dikirim ke pabrik di Jawa {20:ton/bulan}
dudi s | Restoran Ikan Bakar Jelawat Kahayan | 62.71 | p=magang pramusaji {2}
dudi s | Reseller Kerajinan Dayak Online | 62.71 | h=menjual kerajinan Dayak lewat marketplace, bagi hasil 20 % {40:produk}
lkp m | LPK Otomotif Kalteng Jaya | 62.71 | p=kursus mekanik motor dan penempatan magang peserta ke bengkel jaringan alumni {20} | h=penyaluran alumni ke diler {8}
lkp m | LKP Anyaman Purun Pulang Pisau | 62.11 | t=instruktur anyaman purun, bisa datang ke kelompok di luar kabupaten dengan biaya transport {2}
smk m | SMK Negeri 2 Palangka Raya (Teknik dan Bisnis Sepeda Motor) | 62.71 | t=guru produktif otomotif {2} | s=bengkel TBSM bisa dipakai lembaga lain hari Sabtu {1} | p=siswa PKL TBSM yang mencari tempat prakerin {30}
pkbm m | PKBM Tambun Bungai | 62.71 | t=tutor kesetaraan {3} | p=warga belajar Paket C yang ingin kursus mekanik dan mencari tempat praktik {15}
perguruan_tinggi m | Universitas Kahayan Raya (Fakultas Teknik Mesin) | 62.71 | t=dosen teknik mesin dan asesor LSP otomotif {2} | s=laboratorium motor bakar {1}
perguruan_tinggi m | Universitas Kahayan Raya (Prodi Kriya) | 62.71 | t=dosen kriya pengajar desain anyaman rotan bagi kelompok binaan {2} | p=pelatihan desain produk anyaman {20}
ormas m | TP PKK Kota Palangka Raya | 62.71 | p=kader PKK penggerak {40} | h=bazar PKK di Bundaran Besar {20:produk}
ormas m | Dewan Adat Dayak Kota Palangka Raya | 62.71 | h=memesan anyaman dan tas rotan untuk acara adat {30:buah/tahun}
ormas m | Asosiasi Bengkel Sepeda Motor Kalteng | 62.71 | p=menyalurkan peserta magang ke bengkel anggota {20} | h=informasi lowongan mekanik dari 35 bengkel anggota
ormas m | Karang Taruna Kelurahan Kereng Bangkirai | 62.71 | t=relawan pemuda {10}
tokoh_masyarakat m | Indu Sarinah (penganyam rotan senior Kereng Bangkirai) | 62.71 | t=mau mengajari anyaman rotan dan purun motif Dayak untuk warga belajar {1}
tokoh_masyarakat m | Bapak Damang Kecamatan Sebangau (tokoh adat) | 62.71 | p=menggerakkan warga dan sosialisasi program
tokoh_masyarakat m | Pak Yohanes (pensiunan mekanik diler) | 62.71 | t=mau melatih servis injeksi untuk anak muda {1}
koperasi m | Koperasi Perajin Rotan Isen Mulang | 62.71 | d=simpan pinjam anggota {Rp 80.000.000} | h=memasarkan anyaman anggota ke toko oleh-oleh dan pameran {500:buah/bulan}
bumdes m | BUMDes Tumbang Nusa Mandiri | 62.11 | h=kios BUMDes menjual olahan warga desa {30:produk}
dudi s | Bengkel Motor Harapan Jaya | 62.71 tidak | p=terima magang mekanik {3}
pusat_karya m | Sanggar Anyaman Bukit Tangkiling | 62.71 tidak | t=pelatih anyaman rotan {2}
dudi s | Bengkel Pak Anang | 62.71 x | p=bisa terima anak magang
donor m | Yayasan Kalteng Peduli | 62.71 x | d=bantuan
dudi s | PT Diler Motor Nusantara Jakarta | 31.74 | p=program magang mekanik 3 bulan di diler Jakarta, mess dan uang saku {20}
dudi s | Galeri Kriya Nusantara Jakarta (toko daring) | 31.74 | h=membeli tas dan tikar rotan anyaman Dayak dari Palangka Raya tiap bulan {100:buah/bulan}
dudi s | Toko Kerajinan Banjarmasin | 63.71 | h=titip jual kerajinan dari berbagai daerah {40:produk}
dudi s | Bengkel Sepeda Motor Sampit | 62.02 | p=magang mekanik motor {3}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Papua: Kota Jayapura (91.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_jayapura",
        "JYP",
        "Ruang Lingkup Kerja Sama",
        """
dinas g | Dinas Tenaga Kerja Kota Jayapura | 91.71 | p=pelatihan berbasis kompetensi bagi pencari kerja orang asli Papua: teknisi AC, menjahit, barista {48} | h=bursa kerja dan pelayanan kartu AK/1 {200}
dinas g | Dinas Tenaga Kerja, Transmigrasi dan Energi Provinsi Papua | 91.71 | t=instruktur refrigerasi dan asesor kompetensi yang bisa diperbantukan ke LPK mitra {2} | p=pemagangan di perusahaan mitra {30}
dinas g | Dinas Koperasi dan UKM Kota Jayapura | 91.71 | d=bantuan modal usaha dana Otsus bagi pelaku usaha mikro orang asli Papua {Rp 750.000.000} | p=pelatihan kewirausahaan {40}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Papua | 91.71 | t=pendamping IKM pangan lokal {2} | s=alat pengolah sagu (mesin parut, pengering) bagi IKM binaan {5} | h=Pasar Mama-mama Papua dan galeri produk IKM {40:produk}
dinas g | Dinas Ketahanan Pangan Provinsi Papua | 91.71 | p=pelatihan diversifikasi pangan lokal: mi sagu, kue sagu {25} | h=pengadaan pangan lokal untuk cadangan pangan dan PMT posyandu {2:ton/tahun}
dinas g | Dinas Kesehatan Kota Jayapura | 91.71 | t=petugas SPP-IRT {2} | p=penyuluhan keamanan pangan dan pendampingan PIRT {40}
dinas g | Dinas Sosial Kota Jayapura | 91.71 | d=bantuan KUBE bagi keluarga miskin dalam DTKS {Rp 20.000.000}
dinas g | Dinas Perikanan Kota Jayapura | 91.71 | t=penyuluh perikanan {2} | s=bantuan perahu fiber dan mesin tempel bagi nelayan kampung Enggros, Tobati dan Nafri {10}
blk g | UPTD Balai Latihan Kerja Provinsi Papua | 91.71 | t=instruktur refrigerasi bersertifikat {2} | s=bengkel refrigerasi dengan 10 unit trainer AC {10} | p=pelatihan servis AC split 160 JP {16}
donor m | BAZNAS Kota Jayapura | 91.71 | d=zakat produktif modal usaha bagi mustahik pedagang kecil di Pasar Youtefa {Rp 200.000.000}
donor s | Bank Pembangunan Daerah Papua Cabang Jayapura | 91.71 | d=KUR mikro dan kredit Mama-mama Papua tanpa agunan sampai 25 juta per orang {Rp 3 M}
donor s | TJSL PT Pelabuhan Jayapura | 91.71 | d=bantuan modal dan alat usaha bagi UMKM di kampung pesisir Teluk Youtefa (Enggros, Tobati, Nafri) {Rp 150.000.000}
donor s | CSR Perusahaan Tambang Mimika | 94.04 | d=dana kemitraan bagi UMKM tujuh suku di Mimika {Rp 1 M}
donor s | CSR PT Sawit Keerom | 91.11 | d=CSR modal usaha bagi kampung sekitar kebun di Distrik Arso {Rp 200.000.000}
donor m | Yayasan Pemberdayaan Perempuan Papua | 91.71 | d=hibah modal usaha bagi kelompok mama-mama pedagang pinang dan sayur di Pasar Youtefa {Rp 30.000.000}
donor s | Program Hibah Pangan Lokal Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah pangan lokal (sagu, ubi, jagung) dari seluruh Indonesia, proposal daring {Rp 40.000.000}
donor m | Lembaga Masyarakat Adat Port Numbay | 91.71 | d=dana Otsus untuk pelatihan pemuda OAP lulusan SMA di bidang teknik {Rp 200.000.000}
dudi s | CV Dingin Sejuk Teknik Abepura | 91.71 | p=menerima peserta magang servis dan pemasangan AC split selama 1 bulan {4} | h=rekrut teknisi AC {2}
dudi s | PT Papua Cool Engineering | 91.71 | t=teknisi senior refrigerasi bersertifikat BNSP bisa menjadi instruktur tamu di LPK {1} | p=magang pemasangan AC gedung {4}
dudi s | Servis Kulkas dan Mesin Cuci Entrop | 91.71 | p=magang servis kulkas dan mesin cuci {2}
dudi s | Servis AC Mobil Waena | 91.71 | p=magang servis AC mobil {2}
dudi s | Toko Elektronik dan Sparepart AC Sinar Papua | 91.71 | s=jual freon, pipa tembaga, manifold gauge dan pompa vakum, diskon untuk LPK
dudi s | Hotel Teluk Humboldt | 91.71 | t=staf engineering hotel bisa menjadi narasumber perawatan chiller {1} | p=magang bagian engineering hotel {3} | h=membeli kue sagu untuk coffee break {100:kotak/bulan}
dudi s | Toko Oleh-oleh Papua Jalan Ahmad Yani | 91.71 | h=titip jual sagu lempeng, keripik keladi, kopi Wamena dan noken {50:produk}
dudi s | Swalayan Mega Abepura | 91.71 | h=konsinyasi produk UMKM berlabel PIRT dan halal {40:produk}
dudi s | Rumah Makan Papeda Hamadi | 91.71 | h=membeli sagu basah dan tepung sagu untuk papeda setiap hari {40:kg/minggu}
dudi s | Agen Sagu Basah Sentani | 91.03 | h=menjual sagu basah dalam tumang dari Sentani ke pengolah dan pedagang {2:ton/minggu}
dudi s | Toko Bahan Kemasan Entrop | 91.71 | s=jual plastik standing pouch, sealer dan label
dudi s | PT Sagu Papua Lestari | 91.03 | h=membeli tepung sagu basah dari kelompok untuk diolah menjadi tepung kering dan mi sagu {10:ton/bulan}
dudi s | Katering Kantor Gubernur Dok II | 91.71 | h=memesan kue lokal dan bagea untuk rapat {50:kotak/minggu}
dudi s | Kontraktor ME Port Numbay | 91.71 | p=OJT instalasi listrik dan AC gedung {3} | h=rekrut teknisi {2}
dudi s | Dealer Elektronik Jayapura | 91.71 | h=rekrut teknisi pemasangan AC lulusan kursus {4}
lkp m | LPK Teknik Pendingin Sentani | 91.03 | t=instruktur servis AC {2} | p=kursus AC dan penempatan magang peserta di jaringan alumni {15}
lkp m | LKP Tata Boga Mama Papua | 91.71 | t=instruktur olahan sagu dan keladi {2} | p=kursus olahan pangan lokal {15}
smk m | SMK Negeri 3 Jayapura (Teknik Pendingin dan Tata Udara) | 91.71 | t=guru produktif refrigerasi bisa mengajar kelas lembaga lain sore hari {2} | s=bengkel TPTU bisa dipinjam hari Sabtu {1} | p=siswa PKL TPTU yang mencari tempat prakerin {30}
pkbm m | PKBM Port Numbay | 91.71 | t=tutor kesetaraan {3} | p=warga belajar yang ingin kursus teknisi AC dan mencari tempat praktik {15}
perguruan_tinggi m | Universitas Teluk Youtefa (Prodi Teknologi Pangan) | 91.71 | t=dosen pendamping izin PIRT dan kemasan {2} | p=pelatihan pengemasan pangan lokal bagi kelompok mama-mama {25}
perguruan_tinggi m | Politeknik Teknik Jayapura (Prodi Teknik Mesin) | 91.71 | t=dosen teknik refrigerasi dan asesor LSP {2} | s=laboratorium refrigerasi {1}
ormas m | TP PKK Kota Jayapura | 91.71 | p=kader PKK penggerak {40} | h=bazar PKK di Taman Imbi {20:produk}
ormas m | Persekutuan Wanita GKI Klasis Port Numbay | 91.71 | p=persekutuan kaum ibu | h=memesan bagea dan kue sagu untuk ibadah dan perayaan {40:kotak/bulan}
ormas m | Asosiasi Teknisi Refrigerasi Papua | 91.71 | t=anggota teknisi bersertifikat BNSP bersedia menjadi instruktur praktik {4} | p=menyalurkan peserta magang ke usaha servis anggota {10}
tokoh_masyarakat m | Ondoafi Kampung Enggros | 91.71 | p=menggerakkan mama-mama kampung dan sosialisasi program
tokoh_masyarakat m | Mama Yosina (pengolah sagu senior Tobati) | 91.71 | t=mau mengajari cara membuat sagu lempeng dan bagea {1}
tokoh_masyarakat m | Bapak Markus (pensiunan teknisi listrik) | 91.71 | t=mau melatih instalasi dan servis AC untuk anak muda, belum punya sertifikat {1}
pusat_karya m | Sentra Noken dan Lukisan Kulit Kayu Asei | 91.03 | p=magang membuat noken {4} | h=membeli noken dari perajin {50:buah/bulan}
koperasi m | Koperasi Mama-mama Papua Youtefa | 91.71 | d=simpan pinjam anggota, angsuran mingguan {Rp 100.000.000} | h=memasarkan produk anggota di Pasar Mama-mama {20:produk}
bumdes m | BUMKam Nafri Mandiri | 91.71 | h=kios BUMKam menjual olahan warga kampung {30:produk}
dudi s | Toko Sagu Mama Ani | 91.71 tidak | h=membeli tepung sagu kemasan {200:kg/bulan}
lkp m | LPK Refrigerasi Abepura | 91.71 tidak | t=instruktur bersertifikat {2}
dudi s | Servis AC Pak Yan | 91.71 x | t=bisa ajar servis AC
donor m | Yayasan Papua Peduli | 91.71 x | d=bantuan
lkp m | LPK Teknik Pendingin Makassar | 73.71 | t=instruktur dan asesor refrigerasi bersertifikat, kelas di Makassar {3}
dudi s | Gerai Pangan Lokal Nusantara Jakarta (toko daring) | 31.74 | h=membeli tepung sagu kemasan dari mama-mama Jayapura tiap bulan {300:kg/bulan}
dudi s | Toko Oleh-oleh Biak | 91.06 | h=titip jual makanan khas dari berbagai daerah {30:produk}
dudi s | PT Refrigerasi Jakarta | 31.74 | p=magang teknisi chiller 3 bulan, mess disediakan {10}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
