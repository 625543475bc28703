"""Write the fourth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kota Serang"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national3/make_national3.py (copied, new seed,
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

    python3 data/eval/national4/make_national4.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_27_0519
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
REGIONS = {
    "36.73": ("Kota Serang", -6.12332, 106.16675),
    "36.04": ("Kabupaten Serang", -6.14174, 106.14608),
    "36.72": ("Kota Cilegon", -5.9989, 106.01849),
    "36.03": ("Kabupaten Tangerang", -6.17446, 106.51893),
    "36.02": ("Kabupaten Lebak", -6.64202, 106.21242),
    "36.01": ("Kabupaten Pandeglang", -6.59023, 105.74297),
    "18.71": ("Kota Bandar Lampung", -5.4142, 105.26213),
    "61.71": ("Kota Pontianak", -0.02578, 109.3317),
    "61.12": ("Kabupaten Kubu Raya", -0.39183, 109.54037),
    "61.02": ("Kabupaten Mempawah", 0.35178, 109.15419),
    "61.08": ("Kabupaten Landak", 0.50768, 109.76408),
    "61.72": ("Kota Singkawang", 0.88665, 109.03228),
    "61.01": ("Kabupaten Sambas", 1.42309, 109.34957),
    "21.71": ("Kota Batam", 0.963, 104.06356),
    "15.71": ("Kota Jambi", -1.61818, 103.59979),
    "15.05": ("Kabupaten Muaro Jambi", -1.61163, 103.74223),
    "15.04": ("Kabupaten Batanghari", -1.7498, 103.09795),
    "15.07": ("Kabupaten Tanjung Jabung Timur", -1.22537, 103.96529),
    "15.06": ("Kabupaten Tanjung Jabung Barat", -1.07129, 103.11457),
    "15.01": ("Kabupaten Kerinci", -2.03232, 101.46532),
    "16.71": ("Kota Palembang", -2.97172, 104.74132),
    "72.71": ("Kota Palu", -0.83693, 119.91197),
    "72.10": ("Kabupaten Sigi", -1.40873, 119.97423),
    "72.03": ("Kabupaten Donggala", -0.43603, 119.83065),
    "72.08": ("Kabupaten Parigi Moutong", 0.01693, 120.44906),
    "72.02": ("Kabupaten Poso", -1.67838, 120.53372),
    "72.06": ("Kabupaten Morowali", -2.71594, 121.92367),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "18": "Lampung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "36": "Banten",
    "61": "Kalimantan Barat",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "15": ["JAMBI", "PROV. JAMBI", "PROVINSI JAMBI"],
    "16": ["SUMATERA SELATAN", "SUMSEL"],
    "18": ["LAMPUNG", "PROV. LAMPUNG"],
    "21": ["KEPULAUAN RIAU", "KEPRI"],
    "31": ["DKI JAKARTA", "DKI"],
    "36": ["BANTEN", "PROV. BANTEN", "PROVINSI BANTEN"],
    "61": ["KALIMANTAN BARAT", "KALBAR", "PROV. KALBAR", "PROV. KALIMANTAN BARAT"],
    "72": ["SULAWESI TENGAH", "SULTENG", "PROV. SULTENG", "PROVINSI SULAWESI TENGAH"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "36.73": ["!", "KOTA SERANG", "SERANG", "KODYA SERANG", "KOTA SERANG (BANTEN)"],
    "36.04": ["KAB. SERANG", "SERANG (KAB.)", "KAB. SERANG (CIRUAS)"],
    "36.72": ["CILEGON", "KOTA CILEGON"],
    "36.03": ["KAB. TANGERANG", "TANGERANG"],
    "36.02": ["LEBAK", "KAB. LEBAK (RANGKASBITUNG)"],
    "36.01": ["PANDEGLANG"],
    "18.71": ["BANDAR LAMPUNG", "KOTA BALAM"],
    "61.71": [
        "!",
        "KOTA PONTIANAK",
        "PONTIANAK",
        "PTK",
        "KOTA PONTIANAK (KALBAR)",
        "KODYA PONTIANAK",
    ],
    "61.12": ["KUBU RAYA", "KAB. KUBU RAYA (SUNGAI RAYA)", "KKR"],
    "61.02": ["MEMPAWAH", "KAB. MEMPAWAH"],
    "61.72": ["SINGKAWANG"],
    "61.08": ["LANDAK", "KAB. LANDAK (NGABANG)"],
    "61.01": ["SAMBAS"],
    "15.71": ["!", "KOTA JAMBI", "KODYA JAMBI", "JAMBI", "KOTA JAMBI (PROV. JAMBI)"],
    "15.05": ["MUARO JAMBI", "KAB. MUARO JAMBI (SENGETI)", "KAB. MUARO JAMBI"],
    "15.04": ["BATANGHARI", "KAB. BATANG HARI"],
    "15.07": ["TANJAB TIMUR", "KAB. TANJABTIM"],
    "15.06": ["TANJAB BARAT", "KAB. TANJABBAR (KUALA TUNGKAL)"],
    "15.01": ["KERINCI"],
    "16.71": ["PALEMBANG"],
    "72.71": ["!", "KOTA PALU", "PALU", "KODYA PALU", "KOTA PALU (SULTENG)"],
    "72.10": ["KAB. SIGI", "SIGI", "KAB. SIGI (BIROMARU)"],
    "72.03": ["DONGGALA", "KAB. DONGGALA"],
    "72.08": ["PARIMO", "KAB. PARIGI MOUTONG"],
    "72.02": ["POSO"],
    "72.06": ["MOROWALI"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
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
# 1. Banten: Kota Serang (36.73)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_serang",
        "SRG",
        "Bentuk Bantuan",
        """
dinas g | Dinas Tenaga Kerja Kota Serang | 36.73 | p=pelatihan berbasis kompetensi bagi pencari kerja: instalasi listrik rumah tangga, menjahit, barista {48} | h=job fair tahunan dan layanan kartu kuning AK/1 {250}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Banten | 36.73 | p=program pemagangan dalam negeri di perusahaan kawasan industri Cilegon dan Serang Timur, peserta diusulkan lembaga pelatihan terdaftar {60} | h=antar kerja ke kawasan industri Modern Cikande dan Nikomas {200}
blk g | UPTD Latihan Kerja Kota Serang | 36.73 | t=instruktur kelistrikan bersertifikat BNSP {3} | s=bengkel instalasi 12 meja praktik dan trainer PLC, dipinjamkan ke LPK di luar jam pelatihan {12} | p=pelatihan instalasi penerangan gratis 240 JP {16}
dinas g | Dinas Kelautan dan Perikanan Kota Serang | 36.73 | t=penyuluh perikanan pendamping poklahsar Karangantu dan Sawah Luhur {2} | s=bantuan cool box, meja fillet dan presto bagi poklahsar yang terdaftar {6} | p=pelatihan diversifikasi olahan ikan {30}
dinas g | Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kota Serang | 36.73 | t=pendamping PLUT untuk pengurusan NIB, PIRT dan halal self declare {3} | p=kurasi produk dan kelas kemasan {40} | h=gerai produk UMKM di Mal Pelayanan Publik dan pameran HUT Kota Serang {40:produk}
dinas g | Dinas Kesehatan Kota Serang | 36.73 | t=petugas pemeriksa sarana produksi IRTP {2} | p=penyuluhan keamanan pangan {40}
dinas g | Dinas Sosial Kota Serang | 36.73 | d=bantuan KUBE bagi keluarga miskin dalam DTKS {Rp 20.000.000} | p=bimbingan sosial keterampilan bagi penyandang disabilitas {20}
dinas g | Dinas Pariwisata, Kepemudaan dan Olahraga Kota Serang | 36.73 | h=etalase kuliner khas Serang di kawasan Banten Lama dan Festival Keraton Surosowan {30:produk}
donor m | BAZNAS Kota Serang | 36.73 | d=program Serang Berdaya: modal dan alat usaha bagi mustahik pedagang kecil {Rp 300.000.000}
donor m | LAZ Bina Umat Banten | 36.73 | d=qardhul hasan bagi nelayan dan istri nelayan, paling banyak 2,5 juta per orang {Rp 75.000.000}
donor s | Bank Pembangunan Daerah Banten Cabang Serang | 36.73 | d=KUR mikro dan kredit usaha tanpa agunan sampai 50 juta bagi pelaku UMKM {Rp 2 M}
donor s | TJSL PT Baja Nusantara Cilegon | 36.72 | d=bantuan peralatan produksi bagi UMK binaan di kelurahan ring 1 Kecamatan Citangkil dan Ciwandan {Rp 500.000.000} | p=pelatihan kelistrikan industri bagi pemuda kelurahan ring 1 {20}
donor s | TJSL PT Pelabuhan Penyeberangan Merak | 36.72 | d=hibah alat usaha (lemari pendingin, mesin vakum, kompor) bagi kelompok pengolah hasil laut di pesisir Kota Serang dan Kabupaten Serang {Rp 250.000.000}
donor s | Program Hibah Teknologi Tepat Guna Pangan (seleksi nasional) | 31.74 | d=hibah mesin dan alat pengolahan bagi kelompok usaha pangan olahan dari seluruh Indonesia, pendaftaran daring {Rp 40.000.000}
dudi s | PT Sinar Elektrik Banten (kontraktor ME) | 36.73 | p=menerima peserta OJT instalasi listrik gedung dan panel di proyek ruko dan perumahan, 1 bulan {5} | h=rekrut teknisi listrik bersertifikat {4}
dudi s | CV Cahaya Teknik Mandiri | 36.73 | p=anak magang pasang instalasi rumah dan perbaikan jaringan listrik pelanggan {3} | h=butuh helper listrik harian {2}
dudi s | PT Kabel Prima Cikande | 36.04 | p=praktik kerja di bagian maintenance listrik pabrik, 2 bulan {6} | h=rekrut operator produksi lulusan SMK {20}
dudi s | PT Kimia Industri Ciwandan | 36.72 | p=program pemagangan electrical maintenance untuk lulusan LPK bersertifikat, uang saku {8} | h=rekrut electrician shift {5}
dudi s | PT Listrindo Kontraktor Balaraja | 36.03 | p=OJT instalasi listrik pabrik di kawasan Balaraja {4} | h=rekrut teknisi listrik {3}
dudi s | PT Pembangkit Listrik Labuan | 36.01 | p=praktik kerja lapangan bagian listrik pembangkit bagi peserta LPK terakreditasi, 1 bulan {4}
dudi s | Bengkel Las dan Bubut Sumber Jaya Cipocok | 36.73 | p=magang las dan bubut {2} | h=butuh tukang las {1}
dudi s | Bengkel Dinamo dan Gulung Motor Listrik Berkah | 36.73 | p=terima anak magang gulung ulang dinamo dan servis pompa air {2}
dudi s | Servis AC dan Kulkas Dingin Jaya | 36.73 | p=magang servis AC split dan kulkas {2} | s=jual chest freezer bekas kondisi baik, bisa dicicil {3}
dudi s | Toko Listrik Terang Abadi | 36.73 | s=jual kabel, MCB, stop kontak dan multimeter harga grosir, diskon untuk lembaga kursus
dudi s | PT Bangun Persada Serang (pengembang perumahan) | 36.73 | h=rekrut tukang bangunan dan tukang listrik borongan {6}
dudi s | Toko Oleh-oleh Rumah Emping Banten | 36.73 | h=menerima titipan emping melinjo, sate bandeng dan rabeg kemasan dari produsen rumahan {50:produk}
dudi s | Rumah Makan Sate Bandeng Hj. Maryam | 36.73 | h=membeli putus sate bandeng dan bandeng presto dari pengolah rumahan untuk dijual di toko {300:tusuk/minggu}
dudi s | Kios Oleh-oleh Peziarah Banten Lama | 36.73 | h=menjual kue jojorong, emping dan otak-otak kepada peziarah Masjid Agung Banten {40:produk}
dudi s | Restoran Kampung Kuliner Pakupatan | 36.73 | h=memesan bandeng tanpa duri olahan untuk menu harian {30:kg/minggu}
dudi s | Hotel Pusaka Banten | 36.73 | s=aula untuk pelatihan (sewa) | h=membeli oleh-oleh khas untuk paket meeting dan welcome snack {100:kotak/bulan}
dudi s | Supermarket Serang Raya | 36.73 | h=konsinyasi produk beku UMKM yang berlabel halal dan berizin PIRT {40:produk}
dudi s | Reseller Frozen Food Banten Online | 36.73 | h=menjual frozen food khas Banten lewat marketplace dan siaran langsung, bagi hasil 20 % {60:produk}
dudi s | Toko Mesin Pengolahan Karya Bahari | 36.73 | s=jual vacuum sealer, panci presto 30 liter dan lemari beku, bisa kredit 6 bulan
dudi s | Pengepul Bandeng TPI Karangantu | 36.73 | h=menjual bandeng segar dari tambak Kasemen dan Pontang ke pengolah {5:ton/minggu}
pkbm m | PKBM Al-Hidayah Kasemen | 36.73 | t=tutor kesetaraan Paket B dan C {3} | p=warga belajar Paket C yang ingin belajar kelistrikan dan mencari tempat praktik {15}
lkp m | LPK Elektro Banten Jaya | 36.73 | p=pelatihan teknisi listrik dan penempatan magang ke kontraktor jaringan alumni {20} | h=penyaluran alumni ke pabrik di Cikande {10}
lkp m | LKP Tata Boga Dapur Banten | 36.73 | t=instruktur olahan hasil laut dan frozen food {2} | p=kursus tata boga
smk m | SMK Negeri 2 Kota Serang (Teknik Instalasi Tenaga Listrik) | 36.73 | s=bengkel instalasi listrik sekolah bisa dipakai lembaga lain hari Sabtu {10} | p=siswa PKL kelistrikan yang mencari tempat prakerin {32}
perguruan_tinggi m | Universitas Banten Raya (Fakultas Teknik Elektro) | 36.73 | t=dosen teknik elektro sebagai asesor LSP ketenagalistrikan {2} | s=laboratorium mesin listrik dan instalasi bisa dipakai LPK untuk uji kompetensi {1}
perguruan_tinggi m | Politeknik Kelautan Serang (Prodi Pengolahan Hasil Perikanan) | 36.04 | t=dosen pendamping mutu dan sertifikasi halal produk perikanan UMKM {2} | s=cold storage dan mesin vakum kampus bisa dipakai kelompok binaan {1}
ormas m | TP PKK Kota Serang | 36.73 | p=kader PKK penggerak {40} | h=bazar PKK tiap Jumat di alun-alun {20:produk}
ormas m | Pondok Pesantren Daarul Ulum Kasemen | 36.73 | h=dapur pesantren memesan lauk ikan olahan untuk 600 santri {200:porsi/minggu}
ormas m | Asosiasi Kontraktor Listrik DPC Serang | 36.73 | p=menyalurkan peserta magang ke badan usaha instalatir anggota {20} | h=informasi lowongan teknisi dari 40 badan usaha anggota
tokoh_masyarakat m | KH. Abdul Hamid (pengasuh pesantren, tokoh Kasemen) | 36.73 | p=menggerakkan warga dan jamaah untuk ikut program
tokoh_masyarakat m | Pak Darman (pensiunan teknisi PLN) | 36.73 | t=mau melatih pemasangan instalasi dan K3 listrik untuk anak muda {1}
tokoh_masyarakat m | Ibu Hj. Sarimah (perintis olahan bandeng Kasemen) | 36.73 | t=mengajari cara mencabut duri bandeng dan meracik bumbu sate bandeng {1}
pusat_karya m | Sentra Emping Melinjo Walantaka | 36.73 | p=magang mengolah emping {4} | h=membeli emping mentah dari perajin rumahan {2:ton/bulan}
koperasi m | Koperasi Nelayan Mina Sejahtera Karangantu | 36.73 | d=simpan pinjam anggota {Rp 150.000.000} | s=cold storage koperasi bisa disewa anggota dan kelompok pengolah {1} | h=menyalurkan ikan olahan anggota ke Pasar Rau {1:ton/bulan}
bumdes m | BUMDes Domas Sejahtera | 36.04 | h=kios BUMDes di rest area tol Serang Timur menjual olahan warga desa {30:produk}
dudi s | Toko Oleh-oleh Sate Bandeng Bu Iyah | 36.73 tidak | h=ambil sate bandeng dari pembuat rumahan {200:tusuk/minggu}
dudi s | CV Terang Jaya Elektrikal | 36.73 tidak | p=terima magang listrik {3} | h=rekrut teknisi {2}
dudi s | Bengkel Listrik Pak Udin Cipocok | 36.73 x | p=bisa terima anak magang
donor m | Yayasan Peduli Banten | 36.73 x | d=bantuan
dudi s | PT Elektrikal Prima Jakarta | 31.74 | p=program magang teknisi listrik gedung tinggi 3 bulan, mess dan uang saku {15} | h=rekrut teknisi ME {20}
dudi s | Gerai Oleh-oleh Nusantara Jakarta (toko daring) | 31.74 | h=membeli sate bandeng dan emping dari Serang tiap minggu untuk pelanggan Jabodetabek {80:pak/minggu}
dudi s | Toko Oleh-oleh Lampung Jaya | 18.71 | h=titip jual makanan khas dari Sumatera dan Jawa {40:produk}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Barat: Kota Pontianak (61.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_pontianak",
        "PTK",
        "Kontribusi Mitra",
        """
dinas g | Dinas Tenaga Kerja Kota Pontianak | 61.71 | p=pelatihan berbasis kompetensi: tata boga, menjahit, teknisi AC {48} | h=bursa kerja dan pengantar kerja AK/1 {200}
dinas g | Dinas Pangan, Pertanian dan Perikanan Kota Pontianak | 61.71 | t=penyuluh pertanian kawasan agribisnis aloe vera Siantan {2} | s=bantuan bibit aloe vera chinensis dan pupuk bagi kelompok tani {2000:bibit} | p=sekolah lapang budidaya aloe vera {25}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kota Pontianak | 61.71 | d=dana bergulir bagi UMKM terdaftar, jasa 3 % per tahun {Rp 500.000.000} | s=bantuan alat produksi lewat proposal bagi UMKM olahan pangan: cup sealer, hand sealer, blender industri {12} | p=pelatihan kemasan dan label {40}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Barat | 61.71 | s=rumah produksi bersama olahan pangan dengan pasteurisator dan mesin filling cup, bisa dipakai IKM binaan {1} | h=galeri produk IKM Kalbar di Jalan Sutan Syahrir {50:produk}
dinas g | Dinas Kesehatan Kota Pontianak | 61.71 | t=penyuluh keamanan pangan untuk SPP-IRT {2}
dinas g | Dinas Sosial Kota Pontianak | 61.71 | d=bantuan KUBE bagi keluarga miskin dalam DTKS {Rp 20.000.000} | p=bimbingan keterampilan bagi penerima PKH {20}
dinas g | Dinas Pendidikan dan Kebudayaan Kota Pontianak (Bidang PNF) | 61.71 | d=BOP kesetaraan bagi PKBM terakreditasi | t=penilik dan pamong belajar pendamping PKBM {3}
dinas g | Dinas Pariwisata Kota Pontianak | 61.71 | h=promosi kuliner khas di Festival Meriam Karbit dan kawasan Tugu Khatulistiwa {30:produk}
blk g | UPT Balai Latihan Kerja Kalimantan Barat | 61.71 | t=instruktur tata boga bersertifikat, dapat diperbantukan ke lembaga mitra {2} | s=dapur praktik dengan 4 oven bisa dipinjam sore hari {1} | p=pelatihan roti dan kue 120 JP {16}
skb g | SKB Kota Pontianak | 61.71 | t=pamong belajar keterampilan menjahit {2} | s=ruang keterampilan dan 8 mesin jahit {1} | p=kelas life skill bagi warga belajar {20}
donor m | BAZNAS Kota Pontianak | 61.71 | d=Pontianak Makmur: zakat produktif modal usaha dan gerobak bagi mustahik {Rp 300.000.000}
donor s | Bank Pembangunan Daerah Kalbar Cabang Utama | 61.71 | d=KUR dan kredit mikro bagi kelompok usaha perempuan, tanggung renteng {Rp 1,5 M}
donor s | CSR PT Sawit Ambawang Lestari | 61.12 | d=bantuan alat usaha bagi desa ring 1 Kecamatan Sungai Ambawang {Rp 300.000.000}
donor s | TJSL PT Pelabuhan Kapuas Pontianak | 61.71 | d=TJSL bantuan peralatan produksi bagi UMKM dan kelompok perempuan di Kecamatan Pontianak Utara dan Pontianak Barat {Rp 200.000.000}
donor m | Yayasan Tani Perempuan Khatulistiwa | 61.71 | d=hibah usaha bagi kelompok wanita tani se-Kalimantan Barat, proposal dibuka Maret {Rp 35.000.000}
donor s | Program Bantuan Mesin UMKM Pangan (seleksi nasional) | 31.74 | s=bantuan mesin pengolahan pangan bagi kelompok wanita tani dan UMKM dari seluruh Indonesia, proposal daring {15}
dudi s | Pusat Oleh-oleh Aloe Vera Jalan Budi Utomo | 61.71 | h=membeli putus minuman, jeli dan dodol aloe vera dari kelompok pengolah {500:cup/minggu}
dudi s | Toko Oleh-oleh Khas Pontianak Jalan Gajah Mada | 61.71 | h=titip jual kue bingke, lempok durian, kerupuk basah dan olahan jeruk Pontianak {60:produk}
dudi s | Toko Kue Bingke Hj. Aisyah | 61.71 | t=pemilik toko bersedia mengajar membuat bingke berendam dan bingke ubi di kelas warga {1} | p=praktik kerja di dapur toko bagi warga belajar {3}
dudi s | Bakery Kapuas Indah | 61.71 | p=magang produksi roti dan kue kering {3} | h=rekrut tenaga produksi {2}
dudi s | Hotel Khatulistiwa Pontianak | 61.71 | t=chef pastry hotel bisa menjadi narasumber kelas kue {1} | s=ballroom (sewa) | h=membeli minuman aloe vera kemasan untuk welcome drink {200:cup/minggu}
dudi s | Warung Kopi Jalan Gajah Mada | 61.71 | h=beli kue basah dan bingke tiap pagi untuk teman ngopi {50:potong/hari}
dudi s | Swalayan Mitra Khatulistiwa | 61.71 | h=konsinyasi produk UMKM yang berlabel halal dan berbarcode {40:produk}
dudi s | Toko Mesin dan Alat Usaha Sinar Kapuas | 61.71 | s=jual cup sealer, blender stainless, kompor dan panci besar, bisa cicil 3 bulan
dudi s | Distributor Bahan Kue dan Kemasan Khatulistiwa | 61.71 | s=jual tepung, gula, telur, cup plastik dan label grosir
dudi s | Toko Oven dan Peralatan Dapur Asia | 61.71 | s=jual oven gas dan cetakan bingke bunga, bisa kredit
dudi s | Kebun Aloe Vera Pak Aliong Siantan | 61.71 | h=menjual pelepah aloe vera segar ke pengolah dengan harga kontrak {3:ton/bulan}
dudi s | PT Aloe Kalbar Ekspor | 61.12 | h=membeli pelepah aloe vera segar dari petani untuk diolah menjadi gel ekspor {10:ton/bulan}
dudi s | Jasa Angkutan Sungai Kapuas Bandung Jaya | 61.71 | s=sewa kapal bandung untuk angkut barang ke Kubu Raya dan hulu Kapuas
dudi s | Restoran Kapuas Indah | 61.71 | h=memesan kue tradisional untuk acara dan jamuan {50:kotak/minggu}
dudi s | Pabrik Roti Sungai Raya | 61.12 | p=magang bagian produksi roti {4} | h=rekrut tenaga produksi {4}
lkp m | LKP Tata Boga Melati Pontianak | 61.71 | t=instruktur kue basah dan kue kering, bisa mengajar di luar lembaga dengan honor {2} | p=kursus tata boga 3 bulan
lkp m | LKP Tata Rias Cantika | 61.71 | t=instruktur rias wajah {2} | p=kursus rias
pkbm m | PKBM Bina Warga Pontianak Barat | 61.71 | t=tutor Paket C {4} | p=warga belajar yang ingin kursus tata boga {20}
smk m | SMK Negeri 3 Pontianak (Kuliner) | 61.71 | t=guru produktif kuliner bisa mengajar kelas masyarakat sore hari {2} | s=dapur praktik kuliner bisa dipinjam hari Sabtu {1} | p=siswa PKL kuliner yang mencari tempat praktik {30}
perguruan_tinggi m | Universitas Khatulistiwa Raya (Prodi Teknologi Hasil Pertanian) | 61.71 | t=dosen pendamping pengolahan aloe vera dan izin edar {2} | s=laboratorium pengolahan pangan dengan pasteurisator dan cup sealer bisa dipakai kelompok binaan {1}
ormas m | TP PKK Kota Pontianak | 61.71 | p=kader PKK penggerak {40} | h=bazar PKK setiap HUT kota {20:produk}
ormas m | Majelis Adat Budaya Melayu Kota Pontianak | 61.71 | p=sosialisasi program ke kampung Melayu | h=memesan kue adat (bingke, lapis, kue pengantin) untuk acara adat
ormas m | Asosiasi Petani Aloe Vera Pontianak | 61.71 | p=pertemuan rutin petani | h=informasi pembeli pelepah dan olahan aloe vera dari 30 anggota
ormas m | Karang Taruna Kelurahan Tanjung Hilir | 61.71 | t=relawan pemuda {10}
tokoh_masyarakat m | H. Syarif Usman (tokoh masyarakat Kampung Beting) | 61.71 | p=penggerak warga dan sosialisasi program
tokoh_masyarakat m | Mak Long Fatimah (pembuat bingke senior) | 61.71 | t=mau mengajari resep bingke dan kue lapis khas Pontianak untuk ibu-ibu {1}
pusat_karya m | Galeri Tenun Songket Sambas Pontianak | 61.71 | p=magang menenun songket {4} | h=membeli kain songket dari penenun {15:lembar/bulan}
koperasi m | Koperasi Wanita Khatulistiwa Siantan | 61.71 | d=simpan pinjam modal bagi anggota {Rp 150.000.000} | s=cup sealer dan freezer koperasi bisa dipakai anggota dan kelompok binaan dengan iuran {2} | h=warung koperasi menjual produk anggota {20:produk}
bumdes m | BUMDes Rasau Jaya Makmur | 61.12 | h=kios BUMDes menjual olahan warga desa {30:produk}
dudi s | Toko Aloe Vera Center Siantan Lama | 61.71 tidak | h=membeli dodol dan minuman aloe vera dari ibu-ibu {300:cup/minggu}
dudi s | Dapur Kue Mak Ijah | 61.71 tidak | t=mengajar bikin kue {1} | p=magang dapur {2}
lkp m | Kursus Kue Bu Ros | 61.71 x | t=bisa ngajar kue
donor m | Yayasan Kasih Khatulistiwa | 61.71 x | d=bantuan
lkp m | LKP Tata Boga Singkawang | 61.72 | t=instruktur kue tradisional, bisa datang ke kelompok di luar kota dengan biaya transport {1}
dudi s | CV Mesin Pangan Singkawang | 61.72 | s=membuat mesin pengupas dan pencacah pelepah aloe vera sesuai pesanan
dudi s | Toko Oleh-oleh Mempawah | 61.02 | h=membeli kue dan minuman kemasan dari produsen Pontianak untuk dijual di jalan lintas Mempawah {40:produk}
dudi s | Gerai Oleh-oleh Kalimantan Jakarta (toko daring) | 31.74 | h=membeli minuman aloe vera dan kue bingke dari Pontianak tiap bulan, dikirim kargo {100:kotak/bulan}
dudi s | Toko Oleh-oleh Batam Centre | 21.71 | h=titip jual makanan khas dari berbagai daerah {40:produk}
dudi s | PT Sawit Landak Hijau | 61.08 | d=CSR beasiswa anak karyawan | h=rekrut pemanen dan operator {20}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Jambi: Kota Jambi (15.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_jambi",
        "JMB",
        "Rincian Dukungan",
        """
dinas g | Dinas Tenaga Kerja Kota Jambi | 15.71 | p=pelatihan berbasis kompetensi: menjahit pakaian, barista, otomotif {48} | h=bursa kerja dan pengantar kerja AK/1 {200}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Jambi | 15.71 | p=pemagangan dalam negeri di perusahaan mitra, peserta diusulkan LPK terdaftar {40} | h=penempatan ke perusahaan perkebunan dan industri di Provinsi Jambi {150}
blk g | UPTD Balai Latihan Kerja Jambi | 15.71 | t=instruktur garmen apparel bersertifikat {2} | s=workshop garmen 20 mesin jahit high speed bisa dipakai lembaga lain sore hari {20} | p=pelatihan operator mesin jahit garmen {16}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Jambi | 15.71 | t=pendamping IKM batik dan anyaman pandan {2} | p=bimtek pencelupan dengan bahan tumbuhan: kulit jengkol, daun mangga, kayu bulian {25} | h=Gedung Pameran Kerajinan Jambi dan stan Inacraft {40:produk}
dinas g | Dinas Koperasi dan UKM Kota Jambi | 15.71 | d=dana bergulir tanpa bunga bagi usaha mikro ber-NIB di Kota Jambi {Rp 500.000.000} | p=pelatihan jualan daring {60}
dinas g | Dinas Sosial Kota Jambi | 15.71 | d=bantuan KUBE bagi keluarga miskin dalam DTKS {Rp 20.000.000} | p=bimbingan keterampilan jahit bagi penyandang disabilitas {20}
dinas g | Dinas Pariwisata Provinsi Jambi | 15.71 | h=paket wisata Candi Muaro Jambi dan kampung Seberang dengan kunjungan ke rumah perajin {30:produk}
donor m | BAZNAS Provinsi Jambi | 15.71 | d=zakat produktif modal usaha bagi mustahik perajin dan pedagang kecil {Rp 400.000.000}
donor s | Bank Pembangunan Daerah Jambi Cabang Utama | 15.71 | d=KUR dan kredit usaha mikro bagi perajin dan UMKM, agunan ringan {Rp 2 M}
donor s | CSR PT Migas Jabung | 15.06 | d=bantuan usaha bagi desa ring 1 Kecamatan Betara dan Pengabuan {Rp 500.000.000}
donor s | TJSL PT Energi Batanghari Field Jambi | 15.71 | d=pembinaan UMK mitra: bantuan modal kerja dan peralatan bagi kelompok perajin di Kecamatan Danau Teluk dan Pelayangan {Rp 250.000.000}
donor m | LAZ Amanah Batanghari | 15.71 | d=qardhul hasan untuk ibu-ibu pedagang pasar, paling banyak 3 juta per orang {Rp 90.000.000}
donor s | Program Hibah Wastra dan Kriya (seleksi nasional) | 31.74 | d=hibah bahan baku dan peralatan bagi kelompok perajin wastra dari seluruh Indonesia, pendaftaran daring {Rp 75.000.000}
koperasi m | KSP Mitra Pasar Angso Duo | 15.71 | d=pinjaman harian dan mingguan, jasa 2,5 % per bulan {Rp 200.000.000}
pusat_karya m | Sanggar Batik Berkah Seberang | 15.71 | p=magang membatik cap dan tulis motif Jambi {5} | h=membeli kain batik tulis dari perajin Seberang untuk galeri {25:lembar/bulan}
pusat_karya m | Galeri Songket dan Tenun Jambi | 15.71 | p=magang menenun songket {4} | h=membeli kain songket dari penenun {10:lembar/bulan}
dudi s | Butik Mayang Mangurai | 15.71 | h=memesan kain motif angso duo dan kapal sanggat untuk koleksi butik {30:lembar/bulan}
dudi s | Toko Oleh-oleh Khas Jambi Jalan Sultan Agung | 15.71 | h=titip jual dodol kentang Kerinci, kopi Kerinci, kue padamaran dan selendang batik {50:produk}
dudi s | Hotel Batanghari Jambi | 15.71 | s=ruang rapat (sewa) | h=memesan kain batik lokal untuk seragam staf {40:lembar/tahun}
dudi s | Konveksi Seragam Jaya Abadi Kotabaru | 15.71 | p=terima peserta praktik menjahit seragam sekolah di konveksi, 1 bulan {4} | h=rekrut penjahit borongan {5}
dudi s | CV Jambi Garmen Mandiri | 15.71 | p=OJT operator jahit kemeja dan baju dinas {6} | h=butuh operator jahit {8}
dudi s | Penjahit Baju Kurung Mak Cik Ros | 15.71 | p=terima anak magang jahit baju kurung dan kebaya {2} | h=butuh penjahit harian {1}
dudi s | Sablon dan Bordir Komputer Sinar Jambi | 15.71 | p=magang operator bordir komputer dan sablon kaos {2}
dudi s | Toko Mesin Jahit dan Obras Sentosa | 15.71 | s=jual mesin jahit, obras dan bordir, bisa cicil, servis gratis 6 bulan
dudi s | Toko Kain dan Perlengkapan Batik Pasar Angso Duo | 15.71 | s=jual kain mori primisima, malam, canting dan pewarna naptol, kelompok bisa bon
dudi s | Tailor Jas Modern Jelutung | 15.71 | p=magang tailor jas dan celana bahan {1}
dudi s | Pabrik Karet Remah Sengeti | 15.05 | h=rekrut buruh pabrik {30}
dudi s | PT Pinang Ekspor Muara Sabak | 15.07 | h=membeli pinang kering dari petani {20:ton/bulan}
dudi s | Kapal Wisata Susur Batanghari | 15.71 | h=menjual suvenir lokal kepada penumpang wisata susur sungai {20:produk}
dudi s | Batik Jambi Online Shop | 15.71 | h=memasarkan kain perajin di marketplace dan siaran langsung, bagi hasil 15 % {40:produk}
lkp m | LKP Menjahit Anggun Busana | 15.71 | p=kursus menjahit dan penempatan magang ke konveksi jaringan alumni {15} | h=penyaluran alumni ke usaha jahit {8}
lkp m | LKP Mode Jambi (Desain Busana dan Pola) | 15.71 | t=instruktur pembuatan pola dan bordir tangan, bisa mengajar di lembaga lain {2} | p=kursus desain busana
pkbm m | PKBM Seberang Kota | 15.71 | t=tutor kesetaraan {3} | p=warga belajar Paket C yang ingin magang di usaha jahit {15}
smk m | SMK Negeri 4 Kota Jambi (Tata Busana) | 15.71 | t=guru produktif busana bisa mengajar pola sore hari {2} | s=ruang praktik busana 24 mesin dipinjamkan hari Sabtu {24} | p=siswa PKL tata busana yang mencari tempat praktik {30}
perguruan_tinggi m | Universitas Jambi Raya (Prodi Desain Komunikasi Visual) | 15.71 | t=dosen desain motif pendamping HKI kerajinan {2} | p=KKN tematik UMKM {40}
ormas m | TP PKK Kota Jambi | 15.71 | p=kader PKK penggerak {40} | h=bazar PKK setiap HUT kota {20:produk}
ormas m | Dekranasda Provinsi Jambi | 15.71 | p=kurasi dan kelas desain motif {20} | h=galeri Dekranasda membeli dan memajang batik dan anyaman perajin se-Provinsi Jambi {40:lembar/bulan}
ormas m | Lembaga Adat Melayu Jambi Kota Jambi | 15.71 | h=memesan kain batik dan songket untuk pakaian adat dan acara adat {20:lembar/tahun}
ormas m | Asosiasi Pengusaha Konveksi Jambi | 15.71 | p=menyalurkan peserta magang ke konveksi anggota {20} | h=informasi lowongan penjahit dari 25 konveksi anggota
tokoh_masyarakat m | Datuk H. Abdullah (tokoh masyarakat Seberang Kota) | 15.71 | p=penggerak warga dan sosialisasi program
tokoh_masyarakat m | Nyai Hj. Zuraida (pembatik senior Seberang) | 15.71 | t=mau mengajarkan pencelupan dengan kayu dan daun untuk pembatik muda {1}
tokoh_masyarakat m | Pak Marzuki (penjahit senior pensiunan konveksi) | 15.71 | t=mau melatih teknik menjahit kemeja untuk anak muda {1}
koperasi m | Koperasi Perajin Seberang Berkah | 15.71 | d=simpan pinjam bagi anggota perajin {Rp 100.000.000} | h=memasarkan kain anggota ke instansi untuk seragam hari Kamis {30:lembar/bulan}
bumdes m | BUMDes Muara Jambi Sejahtera | 15.05 | h=kios BUMDes di kawasan Candi Muaro Jambi menjual kerajinan warga desa {30:produk}
dudi s | Galeri Batik Tanjung Pasir | 15.71 tidak | h=membeli kain batik dari perajin {20:lembar/bulan}
dudi s | Konveksi Mawar Telanaipura | 15.71 tidak | p=magang jahit {3} | h=rekrut penjahit {2}
dudi s | Penjahit Bu Yati Jelutung | 15.71 x | p=bisa terima anak magang
donor m | Yayasan Peduli Jambi | 15.71 x | d=bantuan
dudi s | Konveksi Muara Bulian | 15.04 | p=magang menjahit seragam {3} | h=rekrut penjahit {3}
pusat_karya m | Sanggar Batik Kuala Tungkal | 15.06 | p=pelatihan pewarnaan alami bagi pembatik muda {10}
dudi s | PT Busana Ekspor Jakarta | 31.74 | p=program magang operator jahit 3 bulan dengan mess {20} | h=rekrut operator jahit {30}
dudi s | Galeri Wastra Nusantara Jakarta | 31.74 | h=membeli batik Jambi dan songket langsung dari perajin Seberang tiap bulan, dikirim kargo {30:lembar/bulan}
dudi s | Toko Kain Tradisional Palembang | 16.71 | h=titip jual kain tradisional Sumatera {20:lembar/bulan}
dudi s | Koperasi Kopi Kerinci | 15.01 | h=membeli kopi arabika petani {10:ton/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Sulawesi Tengah: Kota Palu (72.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_palu",
        "PAL",
        "Uraian Kerja Sama",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Tengah | 72.71 | p=pemagangan di perusahaan tambang dan smelter Morowali, peserta diusulkan LPK terdaftar {60} | h=penempatan ke kawasan industri Morowali {300}
dinas g | Dinas Tenaga Kerja Kota Palu | 72.71 | p=pelatihan berbasis kompetensi: tukang batu, tukang kayu, las, tata boga {48} | h=bursa kerja dan AK/1 {150}
dinas g | Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Sulawesi Tengah (Bidang Jasa Konstruksi) | 72.71 | t=asesor dan instruktur SKK konstruksi jenjang 2-3, dapat diperbantukan ke lembaga pelatihan {4} | p=uji sertifikasi kompetensi tukang gratis {60}
dinas g | Dinas Perumahan dan Kawasan Permukiman Kota Palu | 72.71 | t=fasilitator teknis rumah RISHA {2} | p=lokasi praktik di pembangunan huntap dan rehab rumah warga terdampak likuefaksi Balaroa dan Petobo {20}
dinas g | Dinas Koperasi dan UMKM Kota Palu | 72.71 | d=pinjaman dana bergulir tanpa bunga bagi UMKM ber-NIB di Kota Palu {Rp 500.000.000} | p=pelatihan kemasan dan pengurusan izin edar PIRT {40}
dinas g | Dinas Perindustrian dan Perdagangan Kota Palu | 72.71 | t=pendamping IKM pangan {2} | h=galeri produk IKM di Anjungan Pantai Talise dan pameran daerah {40:produk}
dinas g | Dinas Sosial Kota Palu | 72.71 | d=bantuan KUBE bagi keluarga penyintas bencana terdaftar DTKS {Rp 25.000.000}
dinas g | Dinas Kesehatan Kota Palu | 72.71 | t=penyuluh keamanan pangan {2} | p=penyuluhan keamanan pangan syarat SPP-IRT {40}
blk g | UPT Balai Latihan Kerja Sulawesi Tengah | 72.71 | t=instruktur bangunan gedung bersertifikat {3} | s=workshop konstruksi batu dan beton {1} | p=pelatihan tukang batu 160 JP {16}
donor m | BAZNAS Kota Palu | 72.71 | d=zakat produktif modal usaha bagi mustahik, termasuk penyintas bencana yang berjualan {Rp 300.000.000}
donor s | Bank Pembangunan Daerah Sulteng Cabang Palu | 72.71 | d=KUR dan pembiayaan modal kerja bagi kelompok usaha olahan pangan, tanggung renteng {Rp 2 M}
donor s | CSR PT Smelter Nikel Bahodopi | 72.06 | d=bantuan usaha bagi desa lingkar industri di Kecamatan Bahodopi {Rp 700.000.000} | h=rekrut tukang bangunan dan operator {100}
donor s | CSR PT Tambang Batu Banawa | 72.03 | d=bantuan peralatan produksi bagi kelompok usaha perempuan di Kota Palu dan Kabupaten Donggala {Rp 200.000.000}
donor m | Yayasan Pemulihan Sulteng | 72.71 | d=hibah modal usaha bagi kelompok perempuan penyintas gempa dan likuefaksi 2018, proposal dibuka April {Rp 40.000.000} | t=fasilitator pendamping kelompok {2}
donor m | LAZ Peduli Kaili | 72.71 | d=qardhul hasan bagi pedagang Pasar Inpres Manonda, paling banyak 2 juta per orang {Rp 60.000.000}
donor s | Program Hibah Pemulihan Ekonomi Usaha Mikro (seleksi nasional) | 31.74 | d=hibah modal kerja bagi usaha mikro pangan olahan dari seluruh Indonesia, pendaftaran daring {Rp 25.000.000}
koperasi m | KSP Talise Mandiri | 72.71 | d=pinjaman mingguan dengan jaminan, jasa 2 % per bulan {Rp 300.000.000}
dudi s | Pusat Oleh-oleh Kaili Jalan Hasanuddin | 72.71 | h=membeli putus bawang goreng dalam toples dan pouch dari produsen rumahan untuk merek toko {600:toples/bulan}
dudi s | Toko Oleh-oleh Bandara Mutiara SIS Al-Jufri | 72.71 | h=konsinyasi bawang goreng, abon ikan, kacang mete dan kopi Kulawi {40:produk}
dudi s | Swalayan Nusantara Palu | 72.71 | h=konsinyasi produk UMKM yang berizin PIRT dan berlabel halal {40:produk}
dudi s | Hotel Teluk Palu | 72.71 | s=ruang pertemuan (sewa) | h=membeli sambal dan bawang goreng untuk dapur hotel {20:kg/bulan}
dudi s | Rumah Makan Kaledo Khas Donggala | 72.71 | h=beli bawang goreng curah untuk taburan kaledo dan uta dada {30:kg/bulan}
dudi s | Pengepul Bawang Merah Lembah Palu | 72.10 | h=menjual bawang merah varietas lembah Palu ke pengolah saat panen dengan harga kontrak {5:ton/bulan}
dudi s | Toko Minyak Goreng dan Kemasan Sinar Talise | 72.71 | s=jual toples plastik, pouch standing dan minyak goreng curah, bisa bon
dudi s | Toko Mesin Spinner dan Alat Dapur Usaha | 72.71 | s=jual mesin spinner peniris minyak dan perajang bawang, bisa kredit
dudi s | CV Bangun Huntap Sulteng | 72.71 | p=menerima peserta praktik kerja di proyek rumah RISHA dan huntap, 1 bulan {8} | h=rekrut tukang bersertifikat {10}
dudi s | PT Beton Pracetak Palu | 72.71 | t=tenaga ahli struktur sebagai narasumber pelatihan pembesian dan pengecoran {1}
dudi s | Toko Bangunan dan Baja Ringan Sinar Palu | 72.71 | s=jual semen, besi beton, bekisting dan molen, diskon untuk lembaga pelatihan
dudi s | Bengkel Las Baja Ringan Tatura | 72.71 | t=tukang las senior bisa menjadi instruktur las rangka atap baja ringan {1}
dudi s | Mebel Kayu Eboni Palu | 72.71 | p=magang tukang kayu mebel {2}
dudi s | CV Arsitek Teluk (konsultan perencana) | 72.71 | t=arsitek dan ahli struktur untuk pendampingan desain rumah warga {2}
dudi s | CV Banawa Konstruksi | 72.03 | p=praktik kerja proyek jalan dan jembatan {4}
lkp m | LPK Konstruksi Nusantara Palu | 72.71 | t=instruktur tukang batu dan besi bersertifikat, bisa mengajar di LPK lain dengan honor {2} | p=pelatihan dan magang ke kontraktor jaringan alumni {20}
lkp m | LKP Tata Boga Kaili | 72.71 | t=instruktur olahan pangan {2} | p=kursus olahan bawang goreng dan abon ikan {20}
smk m | SMK Negeri 1 Palu (Konstruksi Gedung, Sanitasi dan Perawatan) | 72.71 | t=guru produktif konstruksi batu beton bisa mengajar sore hari {2} | s=bengkel batu beton sekolah bisa dipakai hari Sabtu {1} | p=siswa PKL konstruksi yang mencari tempat praktik {30}
perguruan_tinggi m | Universitas Lembah Palu (Fakultas Teknik Sipil) | 72.71 | t=dosen teknik sipil pelatih konstruksi rumah pascagempa dan uji mutu beton {3} | s=laboratorium beton {1}
perguruan_tinggi m | Politeknik Pertanian Sigi (Prodi Teknologi Pangan) | 72.10 | t=dosen pendamping pengemasan {2} | p=pelatihan kemasan dan uji umur simpan bawang goreng {20}
ormas m | TP PKK Kota Palu | 72.71 | p=kader PKK penggerak {40} | h=stan PKK di car free day Jalan Moh. Hatta {20:produk}
ormas m | Asosiasi Tukang Bangunan Bersertifikat Sulteng | 72.71 | t=anggota tukang senior ber-SKK bersedia menjadi instruktur praktik {6} | p=menyalurkan peserta magang ke mandor anggota {10}
tokoh_masyarakat m | H. Rusdi Lamarauna (tokoh masyarakat Tatanga) | 72.71 | p=penggerak warga dan sosialisasi program
tokoh_masyarakat m | Om Yusuf (mandor senior rehab rumah pascagempa) | 72.71 | t=mau melatih pemasangan panel RISHA dan pembesian kolom untuk anak muda {1}
tokoh_masyarakat m | Ibu Hj. Nurlela (perintis bawang goreng Palu) | 72.71 | t=mau mengajari cara menggoreng bawang supaya renyah dan tahan 6 bulan {1}
pusat_karya m | Sentra Tenun Kain Donggala Banawa | 72.03 | p=magang menenun kain buya sabe {4} | h=membeli kain tenun dari penenun {20:lembar/bulan}
koperasi m | Koperasi Produsen Olahan Lembah Palu | 72.71 | d=simpan pinjam bagi anggota {Rp 100.000.000} | h=menampung dan memasarkan produk anggota ke 20 toko oleh-oleh {1:ton/bulan}
bumdes m | BUMDes Biromaru Mandiri | 72.10 | h=kios BUMDes menjual olahan warga desa {30:produk}
dudi s | Toko Bawang Goreng Hj. Sitti | 72.71 tidak | h=membeli bawang goreng dari ibu-ibu {300:toples/bulan}
lkp m | LPK Bangunan Mandiri Palu | 72.71 tidak | t=instruktur tukang bersertifikat {2}
dudi s | Mandor Pak Rahman | 72.71 x | t=bisa ajar tukang
donor m | Yayasan Peduli Sulteng | 72.71 x | d=bantuan
dinas g | Dinas PUPR Kabupaten Sigi | 72.10 | t=fasilitator teknis rekonstruksi rumah warga Sigi {2}
lkp m | LPK Konstruksi Makassar | 73.71 | t=instruktur dan asesor konstruksi, kelas di Makassar {3}
dudi s | Gerai Oleh-oleh Sulawesi Jakarta (toko daring) | 31.74 | h=membeli bawang goreng Palu tiap bulan, dikirim kargo {200:toples/bulan}
dudi s | Toko Oleh-oleh Somba Opu Makassar | 73.71 | h=titip jual makanan khas Sulawesi {40:produk}
dudi s | Toko Oleh-oleh Tentena | 72.02 | h=menjual oleh-oleh kepada wisatawan Danau Poso {20:produk}
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
